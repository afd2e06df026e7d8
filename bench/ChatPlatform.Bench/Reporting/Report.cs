using System.Globalization;
using System.Text;
using System.Text.Json;
using ChatPlatform.Bench.Machine;
using static ChatPlatform.Bench.Reporting.TableFormat;

namespace ChatPlatform.Bench.Reporting;

/// <summary>The human table and the one-line JSON of a whole bench invocation.</summary>
public sealed record Report
{
    public string Bench => "chatplatform-ws-delivery";
    public required DateTimeOffset StartedAt { get; init; }
    public required MachineInfo Machine { get; init; }
    public required BenchOptions Options { get; init; }
    public required IReadOnlyList<ScenarioResult> Results { get; init; }
    public IReadOnlyList<ScenarioSummary> Summary { get; private init; } = [];
    public IReadOnlyList<Ratio> Ratios { get; private init; } = [];
    /// <summary>With several rates: the highest sustained rate per scenario (see <see cref="Capacity"/>).</summary>
    public IReadOnlyList<Capacity> Capacities { get; private init; } = [];
    /// <summary>Why platform scenarios did not run, if they did not.</summary>
    public string? PlatformError { get; init; }

    public Report WithSummary()
    {
        var summary = Results.GroupBy(r => (r.Scenario, r.TargetRate))
            .Select(g => ScenarioSummary.Of(g.ToList()))
            .OrderBy(s => s.TargetRate).ThenBy(s => Order(s.Scenario))
            .ToList();
        var ratios = new List<Ratio>();
        foreach (var rate in summary.GroupBy(s => s.TargetRate))
        {
            var byName = rate.ToDictionary(s => s.Scenario);
            foreach (var (measured, baseline) in new[] { ("gateway", "direct"), ("gateway", "raw"), ("direct", "raw") })
            {
                if (byName.TryGetValue(measured, out var m) && byName.TryGetValue(baseline, out var b))
                {
                    ratios.Add(Ratio.Of(m, b));
                }
            }
        }
        var capacities = Options.Rates.Count > 1
            ? summary.Select(s => s.Scenario).Distinct().Select(name => Capacity.Of(name, summary, Options.P99LimitMs)).ToList()
            : [];
        return this with { Summary = summary, Ratios = ratios, Capacities = capacities };
    }

    public string ToJsonLine() => JsonSerializer.Serialize(this, BenchJson.Options);

    public static string Row(ScenarioResult r) => string.Format(CultureInfo.InvariantCulture,
        "{0,-8}{1,4}{2,8:0}{3,6}{4,9:0.0}{5,10:0.0}{6,10}{7,10}{8,10}{9,10}{10,10}{11,10}{12,9}{13,9}{14,6}{15,7}{16,11}",
        r.Scenario, r.Run, r.TargetRate, r.Connected, r.SentPerSecond, r.DeliveriesPerSecond,
        Ms(r.LatencyMs.P50), Ms(r.LatencyMs.P95), Ms(r.LatencyMs.P99), Ms(r.LatencyMs.Max),
        Ms(r.AckLatencyMs?.P50), Ms(r.AckLatencyMs?.P99), r.Lost, r.Errors,
        r.MachineCpuPercent is { } cpu ? cpu.ToString("0", CultureInfo.InvariantCulture) : "-",
        r.BenchCpuPercentOfOneCore.ToString("0", CultureInfo.InvariantCulture), CpuLine.Ms(r.CpuMsPerMessage));

    public static string Header =>
        string.Format(CultureInfo.InvariantCulture,
            "{0,-8}{1,4}{2,8}{3,6}{4,9}{5,10}{6,10}{7,10}{8,10}{9,10}{10,10}{11,10}{12,9}{13,9}{14,6}{15,7}{16,11}",
            "scenario", "run", "rate", "conn", "sent/s", "deliv/s", "p50 ms", "p95 ms", "p99 ms", "max ms",
            "ack p50", "ack p99", "lost", "errors", "cpu%", "bench%", "cpu ms/msg");

    public string ToTable()
    {
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine("Runs (latency = receive time at each recipient - send time, for messages sent in the measured window;");
        text.AppendLine("     cpu% = whole machine, % of all cores; bench% = this process, % of one core;");
        text.AppendLine("     cpu ms/msg = CPU of every platform process / messages sent, in the measured window):");
        text.AppendLine(Header);
        foreach (var result in Results)
        {
            text.AppendLine(Row(result));
        }
        foreach (var result in Results.Where(r => r.Errors > 0))
        {
            text.AppendLine($"  {result.Scenario} run {result.Run} @ {result.TargetRate:0}: " + Problems(result));
        }
        foreach (var result in Results.Where(r => r.ChildCpuPercentOfOneCore.Count > 0))
        {
            text.AppendLine($"  {result.Scenario} run {result.Run} @ {result.TargetRate:0} CPU by process, % of one core (CPU ms per message): " + ChildCpu(result));
        }

        text.AppendLine();
        text.AppendLine("Medians per scenario:");
        text.AppendLine(string.Format(CultureInfo.InvariantCulture, "{0,-8}{1,8}{2,5}{3,10}{4,10}{5,10}{6,10}{7,10}{8,10}{9,10}{10,9}{11,9}{12,11}",
            "scenario", "rate", "runs", "deliv/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "ack p50", "ack p99", "lost", "errors", "cpu ms/msg"));
        foreach (var s in Summary)
        {
            text.AppendLine(string.Format(CultureInfo.InvariantCulture, "{0,-8}{1,8:0}{2,5}{3,10:0.0}{4,10}{5,10}{6,10}{7,10}{8,10}{9,10}{10,9}{11,9}{12,11}",
                s.Scenario, s.TargetRate, s.Runs, s.DeliveriesPerSecond, Ms(s.P50Ms), Ms(s.P95Ms), Ms(s.P99Ms), Ms(s.MaxMs),
                Ms(s.AckP50Ms), Ms(s.AckP99Ms), s.Lost, s.Errors, CpuLine.Ms(s.CpuMsPerMessage)));
        }

        if (Ratios.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Ratios (measured / baseline; latency > 1 = slower, deliveries/s < 1 = delivered less):");
            foreach (var r in Ratios)
            {
                text.AppendLine(string.Format(CultureInfo.InvariantCulture,
                    "  @{0,6:0} msg/s  {1,-7} vs {2,-6}  p50 {3}x ({4} ms)  p99 {5}x ({6} ms)  deliveries/s {7}x",
                    r.TargetRate, r.Measured, r.Baseline, X(r.P50Ratio), Delta(r.P50DeltaMs), X(r.P99Ratio), Delta(r.P99DeltaMs),
                    X(r.DeliveriesPerSecondRatio)));
            }
        }
        if (Capacities.Count > 0)
        {
            text.AppendLine();
            text.AppendLine($"Highest rate sustained with p99 <= {Options.P99LimitMs:0.#} ms, nothing lost, no errors (only the rates tried):");
            foreach (var c in Capacities)
            {
                text.AppendLine(c.MaxRate is { } rate
                    ? $"  {c.Scenario,-8}{rate,8:0} msg/s = {c.DeliveriesPerSecond,9:0} deliveries/s"
                    : $"  {c.Scenario,-8}none of the rates tried");
            }
            var byName = Capacities.Where(c => c.DeliveriesPerSecond is not null).ToDictionary(c => c.Scenario, c => c.DeliveriesPerSecond!.Value);
            foreach (var (measured, baseline) in new[] { ("gateway", "direct"), ("gateway", "raw"), ("direct", "raw") })
            {
                if (byName.TryGetValue(measured, out var m) && byName.TryGetValue(baseline, out var b) && b > 0)
                {
                    text.AppendLine(string.Format(CultureInfo.InvariantCulture, "  capacity {0} / {1}: {2:0.00}x", measured, baseline, m / b));
                }
            }
        }
        if (PlatformError is not null)
        {
            text.AppendLine();
            text.AppendLine($"Platform scenarios did not run: {PlatformError}");
        }
        return text.ToString();
    }

    public static string Problems(ScenarioResult r)
    {
        var parts = new List<string>();
        if (r.ConnectErrors > 0) parts.Add($"{r.ConnectErrors} connect errors (first: {r.FirstConnectError})");
        if (r.SendErrors > 0) parts.Add($"{r.SendErrors} send errors (first: {r.FirstSendError})");
        if (r.SendsSkipped > 0) parts.Add($"{r.SendsSkipped} sends skipped on closed sockets");
        if (r.Lost > 0) parts.Add($"{r.Lost} of {r.ExpectedDeliveries} deliveries missing after {r.DrainSeconds:0.#} s of drain");
        if (r.MissingAcks > 0) parts.Add($"{r.MissingAcks} of {r.Sent} acks missing");
        if (r.Duplicates > 0) parts.Add($"{r.Duplicates} duplicates or out of order");
        if (r.ErrorFrames > 0) parts.Add($"{r.ErrorFrames} error frames ({string.Join(", ", r.ErrorCodes.Select(e => $"{e.Key}: {e.Value}"))})");
        if (r.MalformedFrames > 0) parts.Add($"{r.MalformedFrames} malformed frames");
        if (r.SocketFailures > 0) parts.Add($"{r.SocketFailures} sockets ended early (first: {r.FirstSocketFailure})");
        return string.Join("; ", parts);
    }

    public static string ChildCpu(ScenarioResult r) =>
        CpuLine.Format(new PlatformCpu(r.ChildCpuPercentOfOneCore, r.ChildCpuMsPerMessage, r.CpuMsPerMessage), r.BenchCpuPercentOfOneCore, "msg");

    private static int Order(string scenario) => scenario switch { "raw" => 0, "direct" => 1, _ => 2 };
}
