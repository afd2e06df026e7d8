namespace ChatPlatform.Presence.Application.Connections;

/// <summary>
/// An authenticated, authorized handshake: who connects, with which token (forwarded to Messages and Sessions),
/// until when it is valid, which session (null for the all-sessions socket), and whether the user is a support agent
/// (reported to Sessions for routing).
/// </summary>
public sealed record SocketRequest(Guid UserId, string AccessToken, DateTimeOffset TokenExpiresAt, Guid? SessionId, long? SinceSeq, bool IsAgent = false);
