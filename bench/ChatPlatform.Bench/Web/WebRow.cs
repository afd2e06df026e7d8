using ChatPlatform.Bench.Reporting;

namespace ChatPlatform.Bench.Web;

/// <summary>The medians (and the worst ready time) of one phase in one scenario, in ms from the navigation's start.</summary>
public sealed record WebRow(Scenario Scenario, WebPhase Phase, int Samples, double? ResponseEndMs, double? DomContentLoadedMs, double? LoadMs,
    double? FirstContentfulPaintMs, double? ReadyMs, double? ReadyP90Ms, double? ReadyMaxMs, double? TransferBytes)
{
    public static IReadOnlyList<WebRow> Summarise(IReadOnlyList<WebSample> samples) =>
        samples.GroupBy(s => (s.Scenario, s.Phase)).OrderBy(g => g.Key.Phase).ThenBy(g => g.Key.Scenario).Select(g =>
        {
            var loads = g.Select(s => s.Load).ToArray();
            var ready = loads.Select(l => l.Ready).Order().ToArray();
            return new WebRow(g.Key.Scenario, g.Key.Phase, loads.Length,
                Statistics.Median(loads.Select(l => (double?)l.ResponseEnd)),
                Statistics.Median(loads.Select(l => (double?)l.DomContentLoaded)),
                Statistics.Median(loads.Select(l => (double?)l.Load)),
                Statistics.Median(loads.Select(l => l.FirstContentfulPaint)),
                Statistics.Median(ready.Select(r => (double?)r)),
                ready[(int)Math.Ceiling(0.9 * ready.Length) - 1],
                ready[^1],
                Statistics.Median(loads.Select(l => (double?)l.TransferBytes)));
        }).ToList();
}
