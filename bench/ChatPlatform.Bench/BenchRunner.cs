using ChatPlatform.Bench.Baseline;
using ChatPlatform.Bench.Load;
using ChatPlatform.Bench.Machine;
using ChatPlatform.Bench.Platform;
using ChatPlatform.Bench.Reporting;

namespace ChatPlatform.Bench;

/// <summary>
/// One bench invocation: the raw baseline server and/or the platform up, then every (repeat, rate, scenario) run in
/// interleaved order so the scenarios see the same machine, then the table and the JSON line on stdout.
/// Progress goes to stderr.
/// </summary>
public static class BenchRunner
{
    public static async Task<int> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var log = Console.Error;
        var machine = BenchHeader.Write(log, options, $"{options.Clients} clients in {options.Sessions} sessions, rates {string.Join(",", options.Rates)} msg/s, "
            + $"{options.DurationSeconds:0.#} s measured after {options.WarmupSeconds:0.#} s warm-up, scenarios {string.Join(",", options.Scenarios).ToLowerInvariant()}");

        var startedAt = DateTimeOffset.UtcNow;
        var results = new List<ScenarioResult>();
        string? platformError = null;
        BroadcastServer? raw = null;
        BootedPlatform? booted = null;
        try
        {
            if (options.Scenarios.Contains(Scenario.Raw))
            {
                raw = await BroadcastServer.StartAsync(cancellationToken);
                log.WriteLine($"raw baseline server listening on {raw.Address}");
            }
            if (options.NeedsPlatform)
            {
                booted = await BootedPlatform.StartAsync(options, options.Clients, options.Sessions, log, cancellationToken);
                platformError = booted.Error;
                if (platformError is not null)
                {
                    log.WriteLine("only the raw baseline runs");
                }
            }
            var platform = booted?.Host;
            var setup = booted?.Setup;

            if (platform is not null && setup is not null && options.PlatformWarmupSeconds > 0)
            {
                await WarmUpPlatformAsync(options, platform, setup, log, cancellationToken);
            }

            for (var run = 1; run <= options.Repeat; run++)
            {
                foreach (var rate in options.Rates)
                {
                    foreach (var scenario in options.Scenarios)
                    {
                        var plan = await PlanAsync(scenario, options, raw, platform, setup, log, cancellationToken);
                        if (plan is null)
                        {
                            continue;
                        }
                        var settings = new LoadSettings(rate, options.DurationSeconds, options.WarmupSeconds, options.RampSeconds,
                            options.DrainSeconds, options.PayloadBytes, options.ConnectConcurrency, options.Senders, options.Client);
                        log.WriteLine($"run {run}, {scenario.ToString().ToLowerInvariant()} @ {rate:0.#} msg/s (load average {CpuSample.LoadAverage()?.ToString("0.00") ?? "?"})");
                        var result = await LoadRun.ExecuteAsync(scenario, run, plan, options.Sessions, settings,
                            acksExpected: scenario != Scenario.Raw, log, cancellationToken);
                        results.Add(result);
                        log.WriteLine(Report.Header);
                        log.WriteLine(Report.Row(result));
                        if (result.Errors > 0)
                        {
                            log.WriteLine("  problems: " + Report.Problems(result));
                        }
                        if (result.ChildCpuPercentOfOneCore.Count > 0)
                        {
                            log.WriteLine("  CPU by process, % of one core (CPU ms per message): " + Report.ChildCpu(result));
                        }
                        // Let sockets close and servers settle before the next run.
                        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            log.WriteLine("cancelled: reporting the runs that finished");
        }
        finally
        {
            if (booted is not null)
            {
                await booted.DisposeAsync();
            }
            if (raw is not null)
            {
                await raw.DisposeAsync();
            }
        }

        var report = new Report
        {
            StartedAt = startedAt,
            Machine = machine,
            Options = options,
            Results = results,
            PlatformError = platformError,
        }.WithSummary();
        await ReportOutput.WriteAsync(report.ToTable(), report.ToJsonLine(), options.JsonOut);
        return platformError is null && results.Count > 0 ? 0 : 1;
    }

    /// <summary>An unmeasured run through the gateway (or Presence when only direct was asked for); only logged.</summary>
    private static async Task WarmUpPlatformAsync(BenchOptions options, PlatformHost platform, PlatformSetup setup, TextWriter log,
        CancellationToken cancellationToken)
    {
        var scenario = options.Scenarios.Contains(Scenario.Gateway) || platform.Presence.Count == 0 ? Scenario.Gateway : Scenario.Direct;
        var rate = Math.Min(options.Rates[0], BenchOptions.PlatformWarmupMaxRate);
        log.WriteLine($"platform warm-up (not measured): {scenario.ToString().ToLowerInvariant()} @ {rate:0.#} msg/s for {options.PlatformWarmupSeconds:0.#} s");
        await setup.EnsureFreshTokensAsync(log, cancellationToken);
        var plan = setup.Plan(scenario == Scenario.Direct ? platform.Presence : [platform.Gateway]);
        var settings = new LoadSettings(rate, options.PlatformWarmupSeconds, WarmupSeconds: 2, RampSeconds: 2, options.DrainSeconds,
            options.PayloadBytes, options.ConnectConcurrency, options.Senders, options.Client);
        var result = await LoadRun.ExecuteAsync(scenario, run: 0, plan, options.Sessions, settings, acksExpected: true, log, cancellationToken);
        log.WriteLine("  warm-up: " + Report.Row(result).TrimEnd());
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
    }

    private static async Task<IReadOnlyList<ClientPlan>?> PlanAsync(Scenario scenario, BenchOptions options, BroadcastServer? raw,
        PlatformHost? platform, PlatformSetup? setup, TextWriter log, CancellationToken cancellationToken)
    {
        switch (scenario)
        {
            case Scenario.Raw:
                return Enumerable.Range(0, options.Clients)
                    .Select(i => new ClientPlan(i % options.Sessions, raw!.RoomUri(i % options.Sessions)))
                    .ToArray();
            case Scenario.Direct when platform is null || platform.Presence.Count == 0 || setup is null:
                log.WriteLine("direct: skipped (no platform, or no Presence address: give --presence-url with --gateway-url)");
                return null;
            case Scenario.Gateway when platform is null || setup is null:
                log.WriteLine("gateway: skipped (no platform)");
                return null;
            default:
                await setup!.EnsureFreshTokensAsync(log, cancellationToken);
                return setup.Plan(scenario == Scenario.Direct ? platform!.Presence : [platform!.Gateway]);
        }
    }
}
