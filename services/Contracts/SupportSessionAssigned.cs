namespace ChatPlatform.Contracts;

/// <summary>
/// Published by Sessions when a waiting support session gets its agent, by an agent accepting it
/// (<c>AssignedBy</c> = the agent) or by automatic routing (<c>AssignedBy</c> = <see cref="Guid.Empty"/>).
/// </summary>
public sealed record SupportSessionAssigned(Guid SessionId, Guid AgentId, Guid AssignedBy, DateTimeOffset OccurredAt);
