namespace ChatPlatform.Contracts;

/// <summary>Published by Messages when an author edits a message (for the audit log; live clients get the seq'd event).</summary>
public sealed record MessageEdited(
    Guid MessageId, Guid SessionId, Guid AuthorId, Guid EditedBy, string PreviousContent, string Content, DateTimeOffset OccurredAt);
