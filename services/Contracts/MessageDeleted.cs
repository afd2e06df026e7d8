namespace ChatPlatform.Contracts;

/// <summary>Published by Messages when a message is soft-deleted by its author or an admin.</summary>
public sealed record MessageDeleted(Guid MessageId, Guid SessionId, Guid AuthorId, Guid DeletedBy, DateTimeOffset OccurredAt);
