using System.Diagnostics.Metrics;

namespace ChatPlatform.ServiceDefaults.Outbox;

/// <summary>
/// How many events each fast-lane publish carried (<c>chatplatform.outbox.fast_lane.events_per_publish</c>): 1 for an
/// event published alone, more when committed events were combined into one batch event.
/// </summary>
internal static class OutboxMetrics
{
    private static readonly Meter Meter = new(OutboxTrace.SourceName);

    private static readonly Histogram<int> EventsPerPublish = Meter.CreateHistogram<int>(
        "chatplatform.outbox.fast_lane.events_per_publish", unit: "{event}", description: "Events carried by one fast-lane broker publish.",
        advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64] });

    public static void Published(int events) => EventsPerPublish.Record(events);
}
