namespace ChatPlatform.Presence.Application.Cluster;

/// <summary>
/// What the replicas tell each other over Redis pub/sub: <c>typing</c> (SessionId, UserId, IsTyping) and
/// <c>presence</c> (UserId, Status, LastSeen, SessionIds: the sessions whose participants should hear of it).
/// </summary>
public sealed record ClusterEvent(
    string Kind, string Origin, Guid UserId,
    Guid? SessionId = null, bool IsTyping = false,
    string? Status = null, DateTimeOffset? LastSeen = null, IReadOnlyList<Guid>? SessionIds = null)
{
    public const string TypingKind = "typing";
    public const string PresenceKind = "presence";
}
