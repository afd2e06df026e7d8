namespace ChatPlatform.Messages.Apis.Dtos;

/// <summary>What Moderation's reports need of a message: <c>GET /internal/messages/{id}</c>.</summary>
public sealed record InternalMessageResponse(Guid Id, Guid ChatSessionId, Guid UserId, string MessageType, string Content, bool Deleted);
