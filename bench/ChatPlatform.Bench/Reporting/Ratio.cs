using static ChatPlatform.Bench.Reporting.Statistics;

namespace ChatPlatform.Bench.Reporting;

/// <summary>
/// A scenario against its baseline at one rate (from the medians): latency ratios above 1 and positive deltas mean
/// the measured scenario is slower; a deliveries/s ratio below 1 means it delivered less.
/// </summary>
public sealed record Ratio(
    double TargetRate,
    string Measured,
    string Baseline,
    double? P50Ratio,
    double? P99Ratio,
    double? P50DeltaMs,
    double? P99DeltaMs,
    double? DeliveriesPerSecondRatio)
{
    public static Ratio Of(ScenarioSummary measured, ScenarioSummary baseline) => new(
        measured.TargetRate,
        measured.Scenario,
        baseline.Scenario,
        Divide(measured.P50Ms, baseline.P50Ms),
        Divide(measured.P99Ms, baseline.P99Ms),
        Subtract(measured.P50Ms, baseline.P50Ms),
        Subtract(measured.P99Ms, baseline.P99Ms),
        Divide(measured.DeliveriesPerSecond, baseline.DeliveriesPerSecond));
}
