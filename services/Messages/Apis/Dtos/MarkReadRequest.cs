using System.ComponentModel.DataAnnotations;
using ChatPlatform.ServiceDefaults.OpenApi;

namespace ChatPlatform.Messages.Apis.Dtos;

/// <summary><c>{up_to_message_id}</c> or <c>{up_to_seq}</c>.</summary>
[ExactlyOneOf("up_to_message_id", "up_to_seq")]
public sealed record MarkReadRequest(Guid? UpToMessageId, [Range(0, long.MaxValue)] long? UpToSeq);
