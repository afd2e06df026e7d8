namespace ChatPlatform.Presence.Application.Connections;

/// <summary>
/// An authenticated, authorized handshake: who connects, with which token (forwarded to Messages and Sessions),
/// until when it is valid, and which session (null for the all-sessions socket).
/// </summary>
public sealed record SocketRequest(Guid UserId, string AccessToken, DateTimeOffset TokenExpiresAt, Guid? SessionId, long? SinceSeq);
