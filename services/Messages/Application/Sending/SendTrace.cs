using System.Diagnostics;
using ChatPlatform.Messages.Application;

namespace ChatPlatform.Messages.Application.Sending;

/// <summary>
/// A span per send of a batch, continuing the trace of the WebSocket frame it came from (the batch's own request
/// belongs to no single send), so a message stays one trace: frame, send, outbox publish, every consumer.
/// </summary>
public static class SendTrace
{
    public static Activity? Start(string? traceParent)
    {
        if (!MessagesTracing.Source.HasListeners())
        {
            return null;
        }
        ActivityContext.TryParse(traceParent, traceState: null, isRemote: true, out var parent);
        var caller = Activity.Current;
        var activity = MessagesTracing.Source.StartActivity("send message", ActivityKind.Server, parent);
        Activity.Current = caller;
        return activity;
    }
}
