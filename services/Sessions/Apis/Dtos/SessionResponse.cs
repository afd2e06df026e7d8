using System.Text.Json;
using ChatPlatform.Sessions.Messages;
using ChatPlatform.Sessions.Model;

namespace ChatPlatform.Sessions.Apis.Dtos;

/// <summary>A session as clients see it; <c>unread_count</c> and <c>last_message</c> come from Messages, for the caller.</summary>
public sealed record SessionResponse(
    Guid Id, string Title, SessionKind Kind, SessionStatus Status, Guid CreatedBy, DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt, Guid? RoomId, IReadOnlyList<Guid> ParticipantIds, int UnreadCount, JsonElement? LastMessage,
    FeedbackResponse? Feedback)
{
    public static SessionResponse From(ChatSession session, MessageSummary? summary = null) => new(
        session.Id, session.Title, session.Kind, session.Status, session.CreatedBy, session.CreatedAt,
        session.ClosedAt, session.RoomId, session.ParticipantIds, summary?.UnreadCount ?? 0, summary?.LastMessage,
        FeedbackResponse.From(session.Feedback));
}
