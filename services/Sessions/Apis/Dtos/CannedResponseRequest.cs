namespace ChatPlatform.Sessions.Apis.Dtos;

public sealed record CannedResponseRequest(string? Title, string? Shortcut, string? Content, bool? Shared);
