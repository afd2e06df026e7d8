namespace ChatPlatform.Sessions.Apis.Dtos;

public sealed record AddParticipantRequest(Guid? UserId);
