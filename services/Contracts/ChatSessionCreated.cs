namespace ChatPlatform.Contracts;

/// <summary>Published by Sessions when a chat session is created. <c>Kind</c>: direct, group or support.</summary>
public sealed record ChatSessionCreated(
    Guid SessionId, string Kind, string Status, string Title, Guid CreatedBy,
    IReadOnlyList<Guid> ParticipantIds, Guid? RoomId, DateTimeOffset OccurredAt);
