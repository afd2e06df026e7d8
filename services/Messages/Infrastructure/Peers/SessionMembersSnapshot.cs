namespace ChatPlatform.Messages.Infrastructure.Peers;

/// <summary>Sessions' <c>GET /internal/sessions/{id}/members</c> answer.</summary>
public sealed record SessionMembersSnapshot(Guid SessionId, string Status, string? Kind, IReadOnlyList<Guid> ParticipantIds)
{
    public bool IsClosed => string.Equals(Status, "closed", StringComparison.OrdinalIgnoreCase);
}
