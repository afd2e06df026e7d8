using static ChatPlatform.Bench.Reporting.Statistics;

namespace ChatPlatform.Bench.Reporting;

/// <summary>One scenario at one rate over its runs: medians of the per-run figures, sums of the failures.</summary>
public sealed record ScenarioSummary(
    string Scenario,
    double TargetRate,
    int Runs,
    double? P50Ms,
    double? P95Ms,
    double? P99Ms,
    double? MaxMs,
    double? AckP50Ms,
    double? AckP99Ms,
    double SentPerSecond,
    double DeliveriesPerSecond,
    long Lost,
    long Errors,
    double? CpuMsPerMessage)
{
    public static ScenarioSummary Of(IReadOnlyList<ScenarioResult> runs) => new(
        runs[0].Scenario,
        runs[0].TargetRate,
        runs.Count,
        Median(runs.Select(r => r.LatencyMs.P50)),
        Median(runs.Select(r => r.LatencyMs.P95)),
        Median(runs.Select(r => r.LatencyMs.P99)),
        runs.Max(r => r.LatencyMs.Max),
        Median(runs.Select(r => r.AckLatencyMs?.P50)),
        Median(runs.Select(r => r.AckLatencyMs?.P99)),
        Median(runs.Select(r => (double?)r.SentPerSecond)) ?? 0,
        Median(runs.Select(r => (double?)r.DeliveriesPerSecond)) ?? 0,
        runs.Sum(r => r.Lost),
        runs.Sum(r => r.Errors),
        Median(runs.Select(r => r.CpuMsPerMessage)));
}
