namespace ChatPlatform.Contracts;

/// <summary>Published by Identity when a login attempt fails (for the audit log).</summary>
public sealed record LoginFailed(string Email, Guid? UserId, string? ClientAddress, DateTimeOffset OccurredAt);
