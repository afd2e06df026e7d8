namespace ChatPlatform.Contracts;

/// <summary>Published by Messages when a user's read cursor moves forward (never back).</summary>
public sealed record ReadCursorAdvanced(Guid SessionId, Guid UserId, long UpToSeq, DateTimeOffset OccurredAt);
