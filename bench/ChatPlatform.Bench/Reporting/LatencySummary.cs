using ChatPlatform.Bench.Load;

namespace ChatPlatform.Bench.Reporting;

/// <summary>Latency percentiles in milliseconds (null when nothing was measured).</summary>
public sealed record LatencySummary(long Count, double? P50, double? P95, double? P99, double? P999, double? Max, double? Mean)
{
    public static LatencySummary Of(LatencyHistogram histogram) => new(
        histogram.Count,
        Ms(histogram.Percentile(50)),
        Ms(histogram.Percentile(95)),
        Ms(histogram.Percentile(99)),
        Ms(histogram.Percentile(99.9)),
        histogram.Count == 0 ? null : Ms(histogram.MaxMicroseconds),
        histogram.Count == 0 ? null : Ms(histogram.SumMicroseconds / histogram.Count));

    private static double? Ms(double? microseconds) => microseconds is null ? null : Math.Round(microseconds.Value / 1000.0, 3);
}
