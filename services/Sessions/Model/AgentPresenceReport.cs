namespace ChatPlatform.Sessions.Model;

/// <summary>
/// The last report of one Presence replica (<c>AgentsOnline</c>): the agents online on it. Automatic routing counts
/// only reports younger than <c>Support:PresenceFreshness</c>, so a crashed replica's agents drop out by themselves.
/// </summary>
public sealed class AgentPresenceReport
{
    public string ReplicaId { get; init; } = string.Empty;
    public List<Guid> AgentIds { get; set; } = [];
    public DateTimeOffset ReportedAt { get; set; }
}
