namespace ChatPlatform.Contracts;

/// <summary>Published by Sessions when a user joins a session (added by someone, or joining a room).</summary>
public sealed record ParticipantAdded(Guid SessionId, Guid UserId, Guid AddedBy, DateTimeOffset OccurredAt);
