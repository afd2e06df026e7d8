using static ChatPlatform.Bench.Reporting.Statistics;

namespace ChatPlatform.Bench.Http;

/// <summary>One target over its runs: medians of the per-run figures, sums of the failures.</summary>
public sealed record HttpSummary(
    string Scenario,
    int Runs,
    double OkPerSecond,
    double? P50Ms,
    double? P95Ms,
    double? P99Ms,
    double? MaxMs,
    long Unexpected,
    long TransportErrors,
    double? PacingWaitShare,
    double? CpuMsPerRequest)
{
    public static HttpSummary Of(IReadOnlyList<HttpRunResult> runs) => new(
        runs[0].Scenario,
        runs.Count,
        Median(runs.Select(r => (double?)r.OkPerSecond)) ?? 0,
        Median(runs.Select(r => r.LatencyMs.P50)),
        Median(runs.Select(r => r.LatencyMs.P95)),
        Median(runs.Select(r => r.LatencyMs.P99)),
        runs.Max(r => r.LatencyMs.Max),
        runs.Sum(r => r.Unexpected),
        runs.Sum(r => r.TransportErrors.Values.Sum()),
        Median(runs.Select(r => (double?)r.PacingWaitShare)),
        Median(runs.Select(r => r.CpuMsPerRequest)));
}
