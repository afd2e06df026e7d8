namespace ChatPlatform.Contracts;

/// <summary>
/// Command from Presence to Messages (request/response): store a message sent over a WebSocket.
/// Answered with <see cref="MessageAccepted"/> or <see cref="MessageRejected"/>.
/// </summary>
public sealed record SendMessage(
    Guid SessionId, Guid UserId, string MessageType, string Content, string? ClientMessageId,
    string? MetadataJson, Guid? ReplyToId, IReadOnlyList<Guid>? AttachmentIds);
