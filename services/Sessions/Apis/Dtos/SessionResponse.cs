using System.Text.Json;
using System.Text.Json.Serialization;
using ChatPlatform.Contracts;
using ChatPlatform.Contracts.Internal;
using ChatPlatform.ServiceDefaults.OpenApi;
using ChatPlatform.Sessions.Model;

namespace ChatPlatform.Sessions.Apis.Dtos;

/// <summary>
/// A session as clients see it. <c>unread_count</c>, <c>mention_count</c> and <c>last_message</c> come from Messages,
/// for the caller, after the caller's notification preferences (<c>last_message</c> passed through as Messages wrote it); <c>wait_seconds</c> only appears in the support queue.
/// </summary>
public sealed record SessionResponse(
    Guid Id, string Title, SessionKind Kind, SessionStatus Status, Guid CreatedBy, DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt, Guid? RoomId, IReadOnlyList<Guid> ParticipantIds, int UnreadCount, int MentionCount,
    [property: OpenApiSchemaOf(typeof(MessageResponse))] JsonElement? LastMessage, FeedbackResponse? Feedback, Guid? AssignedAgentId, DateTimeOffset? FirstResponseAt,
    double? FirstResponseSeconds, double? ResolutionSeconds,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? WaitSeconds = null)
{
    public static SessionResponse From(ChatSession session, SessionSummaryResponse? summary = null, NotificationPreferences? preferences = null)
    {
        var unread = summary?.UnreadCount ?? 0;
        var mentions = summary?.UnreadMentionCount ?? 0;
        var counts = preferences?.Apply(session.Id, unread, mentions) ?? new NotificationCounts(unread, mentions);
        return new(
            session.Id, session.Title, session.Kind, session.Status, session.CreatedBy, session.CreatedAt,
            session.ClosedAt, session.RoomId, session.ParticipantIds, counts.UnreadCount, counts.MentionCount,
            summary?.LastMessage, FeedbackResponse.From(session.Feedback), session.AssignedAgentId, session.FirstResponseAt,
            session.FirstResponseSeconds, session.ResolutionSeconds);
    }

    /// <summary>A queue entry: the session and how long it has waited.</summary>
    public static SessionResponse Queued(ChatSession session, DateTimeOffset now) =>
        From(session) with { WaitSeconds = Math.Round(Math.Max((now - session.CreatedAt).TotalSeconds, 0), 3) };
}
