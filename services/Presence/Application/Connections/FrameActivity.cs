using System.Diagnostics;
using ChatPlatform.Presence.Application.Frames;

namespace ChatPlatform.Presence.Application.Connections;

/// <summary>
/// Each frame that does work (a send, a read, a subscribe) starts a trace of its own, linked to the socket's
/// handshake: a socket lives for hours, and a trace per socket would hold thousands of sends. A send's trace then
/// runs gateway-to-consumers: this span, the call to Messages, its outbox publish and every consumer of MessagePosted.
/// Pings and typing frames are not traced.
/// </summary>
public static class FrameActivity
{
    public const string SourceName = "ChatPlatform.Presence";

    private static readonly ActivitySource Source = new(SourceName);

    public static Activity? Start(ClientFrame frame)
    {
        var name = frame switch
        {
            SendFrame => "chat frame send",
            ReadFrame => "chat frame read",
            SubscribeFrame => "chat frame subscribe",
            _ => null,
        };
        if (name is null || !Source.HasListeners())
        {
            return null;
        }
        var socket = Activity.Current;
        Activity.Current = null;
        var links = socket is null ? null : new[] { new ActivityLink(socket.Context) };
        var activity = Source.StartActivity(name, ActivityKind.Server, default(ActivityContext), links: links);
        if (activity is null)
        {
            Activity.Current = socket;
        }
        return activity;
    }
}
