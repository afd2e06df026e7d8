namespace ChatPlatform.Presence.Infrastructure;

/// <summary>One replica's numbers in ws-stats.</summary>
public sealed record InstanceStatsResponse(long Connections, long MessagesIn, long MessagesOut);
