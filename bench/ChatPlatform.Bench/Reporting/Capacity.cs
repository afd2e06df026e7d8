namespace ChatPlatform.Bench.Reporting;

/// <summary>
/// With several rates: the highest one a scenario sustained with p99 within the limit, nothing lost, no errors and
/// the sender keeping up (≥ 95 % of the target rate sent). Null rate when none qualified.
/// </summary>
public sealed record Capacity(string Scenario, double P99LimitMs, double? MaxRate, double? DeliveriesPerSecond)
{
    public static Capacity Of(string scenario, IEnumerable<ScenarioSummary> summaries, double p99LimitMs)
    {
        var best = summaries
            .Where(s => s.Scenario == scenario && s.P99Ms <= p99LimitMs && s.Lost == 0 && s.Errors == 0
                && s.SentPerSecond >= 0.95 * s.TargetRate)
            .MaxBy(s => s.TargetRate);
        return new Capacity(scenario, p99LimitMs, best?.TargetRate, best?.DeliveriesPerSecond);
    }
}
