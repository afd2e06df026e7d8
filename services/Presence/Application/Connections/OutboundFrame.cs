using System.Net.WebSockets;

namespace ChatPlatform.Presence.Application.Connections;

/// <summary>An item of a socket's send queue: a text frame, or the close frame that ends it.</summary>
public readonly record struct OutboundFrame(byte[]? Payload, WebSocketCloseStatus? CloseStatus, string? CloseReason)
{
    public static OutboundFrame Text(byte[] payload) => new(payload, null, null);

    public static OutboundFrame Close(WebSocketCloseStatus status, string reason) => new(null, status, reason);
}
