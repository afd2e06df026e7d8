using System.Net.WebSockets;

namespace ChatPlatform.Presence.Rules;

/// <summary>When the server ends a socket on its own: its token expired (1008), or it went quiet for too long (1000).</summary>
public static class SocketPolicy
{
    public static (WebSocketCloseStatus Status, string Reason)? CloseReason(
        DateTimeOffset tokenExpiresAt, DateTimeOffset now, long lastFrameAtMilliseconds, long nowMilliseconds, TimeSpan idleTimeout)
    {
        if (tokenExpiresAt <= now)
        {
            return (ChatCloseStatus.PolicyViolation, "The access token has expired.");
        }
        if (idleTimeout > TimeSpan.Zero && nowMilliseconds - lastFrameAtMilliseconds > idleTimeout.TotalMilliseconds)
        {
            return (ChatCloseStatus.Normal, "Idle timeout.");
        }
        return null;
    }
}
