namespace ChatPlatform.Identity.Apis.Models;

/// <summary>A registration. Fields are required by the contract; missing ones arrive as null and fail validation.</summary>
public sealed record RegisterRequest(string Email, string Password, string DisplayName);
