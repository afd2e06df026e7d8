using ChatPlatform.Bench.Machine;
using ChatPlatform.Bench.Platform;
using ChatPlatform.Bench.Reporting;

namespace ChatPlatform.Bench.Http;

/// <summary>
/// A closed-loop invocation (history, rest): the platform up with the users and sessions, the workload prepared, then
/// every (repeat, scenario) run interleaved so gateway and direct see the same machine; the table and JSON on stdout.
/// </summary>
public static class ClosedLoopRunner
{
    public static async Task<int> RunAsync(BenchOptions options, IHttpWorkload workload, CancellationToken cancellationToken)
    {
        var log = Console.Error;
        var machine = BenchHeader.Write(log, options, workload.Description);
        var startedAt = DateTimeOffset.UtcNow;
        var results = new List<HttpRunResult>();
        var prepared = "";
        string? error;
        var clients = new Dictionary<Scenario, HttpClient>();
        var booted = await BootedPlatform.StartAsync(options, options.Users, options.Sessions, log, cancellationToken);
        try
        {
            error = booted.Error;
            if (error is null)
            {
                prepared = await workload.PrepareAsync(booted, log, cancellationToken);
                foreach (var scenario in options.Scenarios)
                {
                    IReadOnlyList<Uri> target = scenario == Scenario.Gateway ? [booted.Host!.Gateway] : booted.Host!.Messages;
                    if (target.Count == 0)
                    {
                        log.WriteLine("direct: skipped (no Messages address: give --messages-url with --gateway-url)");
                        continue;
                    }
                    clients[scenario] = HttpTargetClient.Create(target, options.Concurrency);
                }
                await RunAllAsync(options, workload, booted.Setup!, clients, results, log, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            error = null;
            log.WriteLine("cancelled: reporting the runs that finished");
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or OperationCanceledException or Npgsql.NpgsqlException)
        {
            error = ex.GetBaseException().Message;
            log.WriteLine($"the {options.Mode.ToString().ToLowerInvariant()} runs stopped: {ex}");
        }
        finally
        {
            foreach (var client in clients.Values)
            {
                client.Dispose();
            }
            await booted.DisposeAsync();
        }

        var report = new HttpReport
        {
            Bench = workload.Bench,
            StartedAt = startedAt,
            Machine = machine,
            Options = options,
            Workload = prepared,
            Pacing = $"each user at most {workload.PerUserPerSecond:0.#} requests/s ({workload.PacingReason})",
            ExpectedStatus = (int)workload.Expected,
            OperationUnit = workload.OperationUnit,
            Results = results,
            PlatformError = error,
        }.WithSummary();
        await ReportOutput.WriteAsync(report.ToTable(), report.ToJsonLine(), options.JsonOut);
        return error is null && results.Count > 0 ? 0 : 1;
    }

    private static async Task RunAllAsync(BenchOptions options, IHttpWorkload workload, PlatformSetup setup, Dictionary<Scenario, HttpClient> clients,
        List<HttpRunResult> results, TextWriter log, CancellationToken cancellationToken)
    {
        var pacer = new UserPacer(setup.Users.Count, workload.PerUserPerSecond);
        var settings = new ClosedLoopSettings(options.Concurrency, options.WarmupSeconds, options.DurationSeconds);
        var table = new HttpTable((int)workload.Expected, workload.OperationUnit);
        // The first measured run would otherwise also pay for JIT tiering, pools and caches in every process it
        // reaches, and the scenario that comes first would look slower for it: each target gets an unmeasured run.
        if (options.PlatformWarmupSeconds > 0)
        {
            foreach (var (scenario, client) in clients)
            {
                await setup.EnsureFreshTokensAsync(log, cancellationToken);
                var name = scenario.ToString().ToLowerInvariant();
                log.WriteLine($"platform warm-up (not measured): {name} for {options.PlatformWarmupSeconds:0.#} s");
                var warm = await ClosedLoopRun.ExecuteAsync(name, 0, client, workload, setup.Users, pacer,
                    settings with { WarmupSeconds = 0, DurationSeconds = options.PlatformWarmupSeconds }, cancellationToken);
                log.WriteLine("  warm-up: " + HttpTable.Row(warm).TrimEnd());
            }
        }
        for (var run = 1; run <= options.Repeat; run++)
        {
            foreach (var (scenario, client) in clients)
            {
                await setup.EnsureFreshTokensAsync(log, cancellationToken);
                var name = scenario.ToString().ToLowerInvariant();
                log.WriteLine($"run {run}, {name} {client.BaseAddress}: {options.Concurrency} clients, {settings.WarmupSeconds:0.#} s warm-up, "
                    + $"{settings.DurationSeconds:0.#} s measured (load average {CpuSample.LoadAverage()?.ToString("0.00") ?? "?"})");
                var result = await ClosedLoopRun.ExecuteAsync(name, run, client, workload, setup.Users, pacer, settings, cancellationToken);
                results.Add(result);
                log.WriteLine(table.Header);
                log.WriteLine(HttpTable.Row(result));
                log.Write(table.Details(result));
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }
}
