namespace ChatPlatform.Moderation.Apis.Dtos;

public sealed record BlockResponse(Guid UserId, bool Blocked, DateTimeOffset CreatedAt);
