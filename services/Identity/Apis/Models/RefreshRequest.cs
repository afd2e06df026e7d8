namespace ChatPlatform.Identity.Apis.Models;

public sealed record RefreshRequest(string RefreshToken);
