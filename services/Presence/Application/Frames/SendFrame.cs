namespace ChatPlatform.Presence.Application.Frames;

/// <summary><c>{"message_type":"text"|"image"|"file","content","client_message_id"?,"metadata"?,"reply_to_id"?,"attachment_ids"?}</c></summary>
public sealed record SendFrame(
    Guid? ChatSessionId, string MessageType, string Content, string? ClientMessageId,
    string? MetadataJson, Guid? ReplyToId, IReadOnlyList<Guid>? AttachmentIds) : ClientFrame(ChatSessionId);
