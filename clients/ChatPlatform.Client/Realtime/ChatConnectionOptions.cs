using System.Net.WebSockets;
using ChatPlatform.Client.Auth;

namespace ChatPlatform.Client.Realtime;

/// <summary>Where and how a <see cref="ChatConnection"/> connects, and how it keeps itself connected.</summary>
public sealed record ChatConnectionOptions
{
    /// <summary>The gateway, e.g. <c>http://localhost:8000/</c> (<c>https</c> becomes <c>wss</c>).</summary>
    public required Uri GatewayAddress { get; init; }

    /// <summary>The user's tokens; the access token goes in the handshake's Authorization header.</summary>
    public required ChatCredentials Credentials { get; init; }

    /// <summary>One session's socket (<c>/api/v1/chat/ws/{id}</c>); null for the all-sessions socket (<c>/api/v1/chat/ws</c>).</summary>
    public Guid? SessionId { get; init; }

    /// <summary>
    /// For a session socket: replay every message after this seq on connect (0 for the whole history). Without it the
    /// socket starts live and a drop before the first message leaves the SDK no seq to resume from.
    /// </summary>
    public long? SinceSeq { get; init; }

    /// <summary>How often an application <c>ping</c> frame goes out (the server closes sockets idle for 5 minutes).</summary>
    public TimeSpan PingInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>WebSocket protocol pings; a peer that does not answer within <see cref="KeepAliveTimeout"/> is dropped and reconnected.</summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(15);

    public TimeSpan KeepAliveTimeout { get; init; } = TimeSpan.FromSeconds(15);

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>First reconnect delay; each failed attempt doubles it up to <see cref="MaxReconnectDelay"/>, with jitter.</summary>
    public TimeSpan InitialReconnectDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxReconnectDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The least wait after a 4429 close or a 429 handshake (the server says we flooded it).</summary>
    public TimeSpan RateLimitedDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Failed reconnect attempts in a row before the connection gives up; null retries for ever.</summary>
    public int? MaxReconnectAttempts { get; init; }

    /// <summary>
    /// All-sessions socket: how long, after a session is resubscribed with <c>since_seq</c>, frames beyond a hole wait
    /// for the replay to fill it before the hole is taken as seqs hidden from this user.
    /// </summary>
    public TimeSpan ResyncWindow { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How often a send answered <c>service_unavailable</c> is resent (same id) before it fails.</summary>
    public int ServiceUnavailableRetries { get; init; } = 3;

    /// <summary>Extra socket settings (proxy, headers, compression).</summary>
    public Action<ClientWebSocketOptions>? ConfigureWebSocket { get; init; }

    /// <summary>
    /// Sees every server frame before the connection does; returning false drops it as if it were lost on the way.
    /// For tests that simulate a lost ack or message; leave null in applications.
    /// </summary>
    public Func<ChatFrame, bool>? InboundFilter { get; init; }

    internal Uri SocketAddress(long? sinceSeq)
    {
        var builder = new UriBuilder(GatewayAddress)
        {
            Scheme = GatewayAddress.Scheme == Uri.UriSchemeHttps ? "wss" : "ws",
            Path = SessionId is { } id ? $"/api/v1/chat/ws/{id}" : "/api/v1/chat/ws",
            Query = SessionId is not null && sinceSeq is { } since ? $"since_seq={since}" : "",
        };
        return builder.Uri;
    }
}
