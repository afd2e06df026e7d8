namespace ChatPlatform.Identity.Apis.Models;

public sealed record LoginRequest(string Email, string Password);
