using System.Diagnostics.Metrics;

namespace ChatPlatform.Presence.Application.Sending;

/// <summary>How many sends each batch to Messages carried (<c>chatplatform.presence.send_batch.size</c>): the dashboard shows how much batching the load buys.</summary>
public static class SendBatchMetrics
{
    private static readonly Meter Meter = new("ChatPlatform.Presence");

    private static readonly Histogram<int> Size = Meter.CreateHistogram<int>(
        "chatplatform.presence.send_batch.size", unit: "{send}", description: "Sends carried by one request to Messages' send batch endpoint.",
        advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64, 128, 256] });

    public static void Record(int sends) => Size.Record(sends);
}
