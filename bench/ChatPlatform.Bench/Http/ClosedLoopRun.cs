using System.Diagnostics;
using ChatPlatform.Bench.Load;
using ChatPlatform.Bench.Machine;
using ChatPlatform.Bench.Platform;
using ChatPlatform.Bench.Reporting;

namespace ChatPlatform.Bench.Http;

/// <summary>One closed-loop run: C clients for warm-up plus the measured window against one target, then the sums.</summary>
public static class ClosedLoopRun
{
    public static async Task<HttpRunResult> ExecuteAsync(string scenario, int run, HttpClient client, IHttpWorkload workload,
        IReadOnlyList<BenchUser> users, UserPacer pacer, ClosedLoopSettings settings, CancellationToken cancellationToken)
    {
        var loadBefore = CpuSample.LoadAverage();
        var tag = $"{scenario[0]}{run}-{Environment.ProcessId}-{DateTime.UtcNow:HHmmss}";
        // Client w owns users w, w + C, w + 2C, ...: no user is shared, so each stays under its limit.
        var workers = Enumerable.Range(0, settings.Concurrency)
            .Select(w => new ClosedLoopWorker(users.Where(u => u.Index % settings.Concurrency == w).ToArray(), workload, pacer, $"{tag}-{w}"))
            .ToArray();
        var clock = new RunClock();
        var measureStart = Stopwatch.GetTimestamp() + RunClock.SecondsToTicks(settings.WarmupSeconds);
        var measureEnd = measureStart + RunClock.SecondsToTicks(settings.DurationSeconds);
        clock.SetWindow(measureStart, measureEnd);

        var running = workers.Select(w => Task.Run(() => w.RunAsync(client, clock, cancellationToken), CancellationToken.None)).ToArray();
        var cpu = new CpuWindow();
        await RunClock.DelayUntilAsync(measureStart, cancellationToken);
        cpu.Start();
        await RunClock.DelayUntilAsync(measureEnd, cancellationToken);
        cpu.Stop();
        await Task.WhenAll(running);

        var latency = new LatencyHistogram();
        var statuses = new Dictionary<int, long>();
        var errors = new Dictionary<string, long>(StringComparer.Ordinal);
        long ok = 0;
        var waited = TimeSpan.Zero;
        foreach (var stats in workers.Select(w => w.Stats))
        {
            latency.Add(stats.Latency);
            ok += stats.Ok;
            waited += stats.PacingWait;
            Merge(statuses, stats.StatusCounts);
            Merge(errors, stats.TransportErrors);
        }
        var platformCpu = cpu.Platform(ok);
        return new HttpRunResult
        {
            Scenario = scenario,
            Run = run,
            Target = client.BaseAddress!.ToString(),
            Concurrency = settings.Concurrency,
            Users = users.Count,
            DurationSeconds = settings.DurationSeconds,
            Requests = statuses.Values.Sum(),
            Ok = ok,
            OkPerSecond = Math.Round(ok / settings.DurationSeconds, 1),
            LatencyMs = LatencySummary.Of(latency),
            StatusCounts = statuses,
            TransportErrors = errors,
            PacingWaitShare = Math.Round(waited.TotalSeconds / (settings.Concurrency * settings.DurationSeconds), 3),
            MachineCpuPercent = cpu.MachinePercent,
            BenchCpuPercentOfOneCore = cpu.BenchPercentOfOneCore,
            ChildCpuPercentOfOneCore = platformCpu.PercentOfOneCore,
            ChildCpuMsPerRequest = platformCpu.MsPerOperationByKind,
            CpuMsPerRequest = platformCpu.MsPerOperation,
            LoadAverageBefore = loadBefore,
        };
    }

    private static void Merge<TKey>(Dictionary<TKey, long> into, Dictionary<TKey, long> from) where TKey : notnull
    {
        foreach (var (key, count) in from)
        {
            into[key] = into.GetValueOrDefault(key) + count;
        }
    }
}
