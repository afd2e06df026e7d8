namespace ChatPlatform.Contracts;

/// <summary>Published by Sessions when a support session moves from one agent to another.</summary>
public sealed record SupportSessionTransferred(
    Guid SessionId, Guid FromAgentId, Guid ToAgentId, Guid TransferredBy, DateTimeOffset OccurredAt);
