using ChatPlatform.Contracts;
using ChatPlatform.Sessions.Model;

namespace ChatPlatform.Sessions.Application;

/// <summary>
/// The bus events of a session change, written to the outbox in the change's own transaction. The participants a
/// session is created with travel in <see cref="ChatSessionCreated"/> only (no ParticipantAdded for them).
/// </summary>
public static class SessionEvents
{
    public static ChatSessionCreated Created(ChatSession session) => new(
        session.Id, Lower(session.Kind), Lower(session.Status), session.Title, session.CreatedBy,
        session.ParticipantIds, session.RoomId, session.CreatedAt);

    public static ParticipantAdded Added(ChatSession session, Guid userId, Guid addedBy, DateTimeOffset now) =>
        new(session.Id, userId, addedBy, now);

    public static ParticipantRemoved Removed(ChatSession session, Guid userId, Guid removedBy, DateTimeOffset now) =>
        new(session.Id, userId, removedBy, now);

    public static ChatSessionClosed Closed(ChatSession session) =>
        new(session.Id, session.ClosedBy ?? session.CreatedBy, session.Feedback?.Rating, session.Feedback?.Comment, session.ClosedAt ?? session.LastActivityAt);

    private static string Lower<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString().ToLowerInvariant();
}
