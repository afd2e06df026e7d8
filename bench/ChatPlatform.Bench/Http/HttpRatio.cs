using static ChatPlatform.Bench.Reporting.Statistics;

namespace ChatPlatform.Bench.Http;

/// <summary>
/// The gateway against Messages straight (from the medians): a throughput ratio below 1 means the gateway answered
/// fewer requests per second; latency ratios above 1 and positive deltas mean it was slower.
/// </summary>
public sealed record HttpRatio(
    string Measured,
    string Baseline,
    double? ThroughputRatio,
    double? P50Ratio,
    double? P99Ratio,
    double? P50DeltaMs,
    double? P99DeltaMs)
{
    public static HttpRatio Of(HttpSummary measured, HttpSummary baseline) => new(
        measured.Scenario,
        baseline.Scenario,
        Divide(measured.OkPerSecond, baseline.OkPerSecond),
        Divide(measured.P50Ms, baseline.P50Ms),
        Divide(measured.P99Ms, baseline.P99Ms),
        Subtract(measured.P50Ms, baseline.P50Ms),
        Subtract(measured.P99Ms, baseline.P99Ms));
}
