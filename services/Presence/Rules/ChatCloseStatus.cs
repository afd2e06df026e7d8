using System.Net.WebSockets;

namespace ChatPlatform.Presence.Rules;

/// <summary>The close codes of SPEC.md section 4.</summary>
public static class ChatCloseStatus
{
    public const WebSocketCloseStatus Normal = WebSocketCloseStatus.NormalClosure;
    public const WebSocketCloseStatus GoingAway = WebSocketCloseStatus.EndpointUnavailable;
    public const WebSocketCloseStatus PolicyViolation = WebSocketCloseStatus.PolicyViolation;
    public const WebSocketCloseStatus TooBig = WebSocketCloseStatus.MessageTooBig;
    public const WebSocketCloseStatus InternalError = WebSocketCloseStatus.InternalServerError;
    public const WebSocketCloseStatus RateLimited = (WebSocketCloseStatus)4429;
}
