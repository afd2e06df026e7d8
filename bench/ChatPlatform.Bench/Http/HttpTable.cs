using System.Globalization;
using System.Text;
using ChatPlatform.Bench.Machine;
using ChatPlatform.Bench.Reporting;
using static ChatPlatform.Bench.Reporting.TableFormat;

namespace ChatPlatform.Bench.Http;

/// <summary>The per-run lines of a closed-loop table, for stderr as runs finish and for the final table.</summary>
public sealed class HttpTable(int expectedStatus, string operationUnit)
{
    /// <summary>Waiting longer than this share of the time for users' pacing slots means the users, not the platform, set the pace.</summary>
    private const double PacingBoundShare = 0.05;

    public string Header => string.Format(CultureInfo.InvariantCulture,
        "{0,-8}{1,4}{2,10}{3,10}{4,10}{5,10}{6,10}{7,9}{8,8}{9,7}{10,6}{11,7}{12,11}",
        "scenario", "run", "ok/s", "p50 ms", "p95 ms", "p99 ms", "max ms", $"non-{expectedStatus}", "errors", "wait%", "cpu%", "bench%",
        $"cpu ms/{operationUnit}");

    public static string Row(HttpRunResult r) => string.Format(CultureInfo.InvariantCulture,
        "{0,-8}{1,4}{2,10:0.0}{3,10}{4,10}{5,10}{6,10}{7,9}{8,8}{9,7:0.0}{10,6}{11,7:0}{12,11}",
        r.Scenario, r.Run, r.OkPerSecond, Ms(r.LatencyMs.P50), Ms(r.LatencyMs.P95), Ms(r.LatencyMs.P99), Ms(r.LatencyMs.Max),
        r.Unexpected, r.TransportErrors.Values.Sum(), 100 * r.PacingWaitShare,
        r.MachineCpuPercent is { } cpu ? cpu.ToString("0", CultureInfo.InvariantCulture) : "-", r.BenchCpuPercentOfOneCore,
        CpuLine.Ms(r.CpuMsPerRequest));

    /// <summary>Statuses, transport errors and the CPU split of one run, one line each.</summary>
    public string Details(HttpRunResult r)
    {
        var text = new StringBuilder();
        text.AppendLine($"  {r.Scenario} run {r.Run} ({r.Target}) statuses: "
            + string.Join(", ", r.StatusCounts.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key} {kv.Value}"))
            + (r.TransportErrors.Count > 0 ? "; no answer: " + string.Join(", ", r.TransportErrors.Select(kv => $"{kv.Key} {kv.Value}")) : ""));
        if (r.ChildCpuPercentOfOneCore.Count > 0)
        {
            text.AppendLine($"  {r.Scenario} run {r.Run} CPU by process, % of one core (CPU ms per {operationUnit}): "
                + CpuLine.Format(new PlatformCpu(r.ChildCpuPercentOfOneCore, r.ChildCpuMsPerRequest, r.CpuMsPerRequest), r.BenchCpuPercentOfOneCore, operationUnit));
        }
        if (r.PacingWaitShare > PacingBoundShare)
        {
            text.AppendLine($"  {r.Scenario} run {r.Run}: the clients waited {100 * r.PacingWaitShare:0} % of the time to keep users under the per-user limit: "
                + "the users set this pace, not the platform (add --users)");
        }
        return text.ToString();
    }
}
