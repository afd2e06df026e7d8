namespace ChatPlatform.Messages.Rules;

/// <summary>A message as a client asked for it (REST body or WebSocket frame), before any rule ran.</summary>
public sealed record MessageDraft(
    string? MessageType, string? Content, string? ClientMessageId, string? MetadataJson,
    Guid? ReplyToId, IReadOnlyList<Guid>? AttachmentIds);
