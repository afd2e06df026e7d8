namespace ChatPlatform.Moderation.Apis.Dtos;

public sealed record UnblockResponse(Guid UserId, bool Blocked);
