using System.Text.Json;

namespace ChatPlatform.Messages.Apis.Dtos;

/// <summary>
/// One send of a batch: the send frame's fields, the sender's own access token (checked here as on the REST send)
/// and the W3C <c>traceparent</c> of the frame's trace.
/// </summary>
public sealed record SendBatchItem(
    string? AccessToken,
    Guid ChatSessionId,
    string? Traceparent,
    string? MessageType,
    string? Content,
    string? ClientMessageId,
    JsonElement? Metadata,
    Guid? ReplyToId,
    IReadOnlyList<Guid>? AttachmentIds);
