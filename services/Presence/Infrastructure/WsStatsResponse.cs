namespace ChatPlatform.Presence.Infrastructure;

/// <summary><c>GET /api/v1/chat/ws-stats</c>: totals over all live replicas, and each replica's own numbers.</summary>
public sealed record WsStatsResponse(
    long Connections, long UsersOnline, long MessagesIn, long MessagesOut,
    IReadOnlyDictionary<string, InstanceStatsResponse> Instances);
