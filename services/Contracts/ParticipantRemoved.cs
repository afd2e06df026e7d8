namespace ChatPlatform.Contracts;

/// <summary>Published by Sessions when a user leaves or is removed from a session.</summary>
public sealed record ParticipantRemoved(Guid SessionId, Guid UserId, Guid RemovedBy, DateTimeOffset OccurredAt);
