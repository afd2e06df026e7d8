namespace ChatPlatform.Sessions.Apis.Dtos;

public sealed record RenderRequest(Guid? SessionId);
