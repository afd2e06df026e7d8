namespace ChatPlatform.Contracts;

/// <summary>
/// Published by each Presence replica every few seconds and whenever the set changes: the agents with a socket on
/// that replica who are online (not away). Sessions routes support sessions to them; a replica whose report is
/// older than a few intervals (it crashed) counts for no one.
/// </summary>
public sealed record AgentsOnline(string ReplicaId, IReadOnlyList<Guid> AgentIds, DateTimeOffset ReportedAt);
