using ChatPlatform.Sessions.Model;

namespace ChatPlatform.Sessions.Apis.Dtos;

/// <summary>The internal membership answer other services use when their projection does not know a session yet.</summary>
public sealed record SessionMembersResponse(Guid SessionId, SessionStatus Status, SessionKind Kind, IReadOnlyList<Guid> ParticipantIds)
{
    public static SessionMembersResponse From(ChatSession session) => new(session.Id, session.Status, session.Kind, session.ParticipantIds);
}
