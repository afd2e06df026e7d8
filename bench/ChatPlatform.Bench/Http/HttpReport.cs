using System.Globalization;
using System.Text;
using System.Text.Json;
using ChatPlatform.Bench.Reporting;
using static ChatPlatform.Bench.Reporting.TableFormat;

namespace ChatPlatform.Bench.Http;

/// <summary>The table and the one-line JSON of a closed-loop invocation (history, rest).</summary>
public sealed record HttpReport
{
    public required string Bench { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required MachineInfo Machine { get; init; }
    public required BenchOptions Options { get; init; }
    /// <summary>What was requested and what was prepared for it (e.g. the seeded session).</summary>
    public required string Workload { get; init; }
    /// <summary>How the clients keep every user under the platform's per-user limits.</summary>
    public required string Pacing { get; init; }
    public required int ExpectedStatus { get; init; }
    public required string OperationUnit { get; init; }
    public required IReadOnlyList<HttpRunResult> Results { get; init; }
    public IReadOnlyList<HttpSummary> Summary { get; private init; } = [];
    public HttpRatio? Ratio { get; private init; }
    public string? PlatformError { get; init; }

    public HttpReport WithSummary()
    {
        var summary = Results.GroupBy(r => r.Scenario).Select(g => HttpSummary.Of(g.ToList())).ToList();
        var gateway = summary.FirstOrDefault(s => s.Scenario == "gateway");
        var direct = summary.FirstOrDefault(s => s.Scenario == "direct");
        return this with { Summary = summary, Ratio = gateway is null || direct is null ? null : HttpRatio.Of(gateway, direct) };
    }

    public string ToJsonLine() => JsonSerializer.Serialize(this, BenchJson.Options);

    public string ToTable()
    {
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine($"{Workload}");
        text.AppendLine($"{Options.Concurrency} clients in closed loop, {Options.Users} users; {Pacing}.");
        text.AppendLine($"Runs (latency = request sent -> whole answer read, for {ExpectedStatus} answers to requests started in the measured window;");
        text.AppendLine("     wait% = clients' time spent pacing users; cpu% = whole machine; bench% = this process, % of one core;");
        text.AppendLine($"     cpu ms/{OperationUnit} = CPU of every platform process / {ExpectedStatus} answers, in the measured window):");
        var table = new HttpTable(ExpectedStatus, OperationUnit);
        text.AppendLine(table.Header);
        foreach (var result in Results)
        {
            text.AppendLine(HttpTable.Row(result));
        }
        foreach (var result in Results)
        {
            text.Append(table.Details(result));
        }

        text.AppendLine();
        text.AppendLine("Medians per scenario:");
        text.AppendLine(string.Format(CultureInfo.InvariantCulture, "{0,-8}{1,5}{2,10}{3,10}{4,10}{5,10}{6,10}{7,9}{8,8}{9,7}{10,11}",
            "scenario", "runs", "ok/s", "p50 ms", "p95 ms", "p99 ms", "max ms", $"non-{ExpectedStatus}", "errors", "wait%", $"cpu ms/{OperationUnit}"));
        foreach (var s in Summary)
        {
            text.AppendLine(string.Format(CultureInfo.InvariantCulture, "{0,-8}{1,5}{2,10:0.0}{3,10}{4,10}{5,10}{6,10}{7,9}{8,8}{9,7:0.0}{10,11}",
                s.Scenario, s.Runs, s.OkPerSecond, Ms(s.P50Ms), Ms(s.P95Ms), Ms(s.P99Ms), Ms(s.MaxMs), s.Unexpected, s.TransportErrors,
                100 * (s.PacingWaitShare ?? 0), CpuLine.Ms(s.CpuMsPerRequest)));
        }
        if (Ratio is { } r)
        {
            text.AppendLine();
            text.AppendLine(string.Format(CultureInfo.InvariantCulture,
                "Ratio {0} / {1}: throughput {2}x, p50 {3}x ({4} ms), p99 {5}x ({6} ms)",
                r.Measured, r.Baseline, X(r.ThroughputRatio), X(r.P50Ratio), Delta(r.P50DeltaMs), X(r.P99Ratio), Delta(r.P99DeltaMs)));
        }
        if (PlatformError is not null)
        {
            text.AppendLine();
            text.AppendLine($"Did not run: {PlatformError}");
        }
        return text.ToString();
    }
}
