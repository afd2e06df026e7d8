namespace ChatPlatform.Contracts;

/// <summary>Published by Identity when an account is created.</summary>
public sealed record UserRegistered(Guid UserId, string Email, string DisplayName, IReadOnlyList<string> Roles, DateTimeOffset OccurredAt);
