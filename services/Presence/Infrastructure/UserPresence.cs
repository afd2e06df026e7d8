namespace ChatPlatform.Presence.Infrastructure;

/// <summary>One entry of <c>GET /api/v1/chat/presence</c>: <c>{status, last_seen}</c>.</summary>
public sealed record UserPresence(string Status, DateTimeOffset? LastSeen);
