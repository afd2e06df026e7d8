namespace ChatPlatform.Contracts;

/// <summary>A stored message as it travels between services (the SPEC.md section 4 message).</summary>
/// <param name="Attachments">What <paramref name="AttachmentIds"/> refer to, in the same order (null from senders
/// that predate attachments: render the ids alone).</param>
public sealed record ChatMessage(
    Guid Id, Guid ChatSessionId, Guid UserId, string MessageType, string Content, string? ClientMessageId,
    long Seq, DateTimeOffset Timestamp, DateTimeOffset? EditedAt, bool Deleted, Guid? ReplyToId,
    IReadOnlyList<Guid> Mentions, IReadOnlyList<Guid> AttachmentIds, string? MetadataJson,
    IReadOnlyList<MessageAttachment>? Attachments = null);
