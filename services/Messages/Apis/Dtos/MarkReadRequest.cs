namespace ChatPlatform.Messages.Apis.Dtos;

/// <summary><c>{up_to_message_id}</c> or <c>{up_to_seq}</c>.</summary>
public sealed record MarkReadRequest(Guid? UpToMessageId, long? UpToSeq);
