namespace ChatPlatform.Contracts;

/// <summary>Published by Moderation when <c>BlockerId</c> blocks <c>BlockedId</c> (global, one-way).</summary>
public sealed record UserBlocked(Guid BlockerId, Guid BlockedId, DateTimeOffset OccurredAt);
