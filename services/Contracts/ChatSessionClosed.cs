namespace ChatPlatform.Contracts;

/// <summary>Published by Sessions when a session is closed; no message is accepted after it.</summary>
public sealed record ChatSessionClosed(Guid SessionId, Guid ClosedBy, int? Rating, string? Comment, DateTimeOffset OccurredAt);
