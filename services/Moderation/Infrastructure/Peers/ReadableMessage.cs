namespace ChatPlatform.Moderation.Infrastructure.Peers;

/// <summary>Messages' <c>GET /internal/messages/{id}</c> answer: a message the caller may read.</summary>
public sealed record ReadableMessage(Guid Id, Guid ChatSessionId, Guid UserId, string MessageType, string Content, bool Deleted);
