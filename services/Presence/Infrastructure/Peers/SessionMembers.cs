namespace ChatPlatform.Presence.Infrastructure.Peers;

/// <summary>Sessions' internal <c>GET /internal/sessions/{id}/members</c> answer.</summary>
public sealed record SessionMembers(Guid SessionId, string Status, string Kind, IReadOnlyList<Guid> ParticipantIds);
