namespace ChatPlatform.Contracts;

/// <summary>Published by Moderation when <c>BlockerId</c> lifts the block on <c>BlockedId</c>.</summary>
public sealed record UserUnblocked(Guid BlockerId, Guid BlockedId, DateTimeOffset OccurredAt);
