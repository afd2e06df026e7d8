namespace ChatPlatform.Messages.Apis.Dtos;

public sealed record ReadCursorResponse(Guid ChatSessionId, Guid UserId, long UpToSeq);
