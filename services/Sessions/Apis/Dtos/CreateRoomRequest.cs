namespace ChatPlatform.Sessions.Apis.Dtos;

public sealed record CreateRoomRequest(string? Name, string? Description, bool? IsPrivate);
