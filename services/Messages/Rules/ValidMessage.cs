namespace ChatPlatform.Messages.Rules;

/// <summary>A draft that passed <see cref="MessageRules"/>: normalised, ready to store.</summary>
public sealed record ValidMessage(
    string MessageType, string Content, string? ClientMessageId, string? MetadataJson,
    Guid? ReplyToId, IReadOnlyList<Guid> AttachmentIds, IReadOnlyList<Guid> Mentions);
