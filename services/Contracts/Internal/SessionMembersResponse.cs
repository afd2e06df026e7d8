namespace ChatPlatform.Contracts.Internal;

/// <summary>
/// Sessions' <c>GET /internal/sessions/{id}/members</c>: a session's participants, for a service whose projection does
/// not know the session yet (Presence's cold path). <c>Status</c> and <c>Kind</c> are spelled as in the public API
/// (<c>open</c>, <c>waiting</c>, ...; <c>direct</c>, <c>group</c>, <c>support</c>).
/// </summary>
public sealed record SessionMembersResponse(Guid SessionId, string Status, string Kind, IReadOnlyList<Guid> ParticipantIds);
