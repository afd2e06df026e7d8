using System.Diagnostics;

namespace ChatPlatform.ServiceDefaults.Outbox;

/// <summary>
/// Carries a change's trace through the outbox: the W3C id of the activity that wrote the row is stored with it, and
/// the publish runs under a span whose parent it is, so MassTransit's publish span and every consumer's span join the
/// trace of the request that caused the event (gateway, Presence, Messages, outbox, broker, consumers: one trace).
/// </summary>
public static class OutboxTrace
{
    public const string SourceName = "ChatPlatform.Outbox";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>The current activity's W3C id (a <c>traceparent</c> value), or null outside any trace.</summary>
    public static string? Capture() => Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.Id : null;

    /// <summary>
    /// Starts the span an event is published under, a child of the trace stored with its row; a row without one
    /// (written outside any trace) starts its own trace. Null when nothing listens.
    /// </summary>
    public static Activity? StartPublish(string? traceParent, Type eventType, IEnumerable<string?>? linkedTraceParents = null)
    {
        ActivityContext.TryParse(traceParent, traceState: null, isRemote: true, out var parent);
        var links = linkedTraceParents?
            .Select(linked => ActivityContext.TryParse(linked, traceState: null, isRemote: true, out var context) ? context : default)
            .Where(context => context != default)
            .Select(context => new ActivityLink(context))
            .ToList();
        return Source.StartActivity($"outbox publish {eventType.Name}", ActivityKind.Internal, parent, links: links);
    }
}
