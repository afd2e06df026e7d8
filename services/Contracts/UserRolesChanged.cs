namespace ChatPlatform.Contracts;

/// <summary>Published by Identity when an admin changes a user's roles.</summary>
public sealed record UserRolesChanged(Guid UserId, IReadOnlyList<string> Roles, Guid ChangedBy, DateTimeOffset OccurredAt);
