using System.Diagnostics;
using ChatPlatform.Bench.Platform;

namespace ChatPlatform.Bench.Faults;

/// <summary>
/// <c>--mode faults</c>: boots the platform, starts steady load through the gateway, then for each fault kills its
/// processes, measures the AppHost's restart and the platform's return to health, keeps the load on for
/// <c>--after-recovery</c> seconds, pauses sending and checks the invariants (<see cref="HistoryCheck"/>). Prints the
/// table (markdown, stdout) and exits 1 when anything acknowledged was lost or duplicated or the platform did not recover.
/// </summary>
public static class FaultRunner
{
    private static readonly TimeSpan RecoveryLimit = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(45);

    public static async Task<int> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var log = Console.Error;
        BenchHeader.Write(log, options, $"fault injection: {options.Clients} sockets in {options.Sessions} sessions, {options.RestSenders} REST senders, "
            + $"{options.Rates[0]:0.#} msg/s, {options.AfterRecoverySeconds:0} s of load after each recovery; faults {options.Faults}");
        await using var platform = await LoadedPlatform.StartAsync(options, log, cancellationToken);
        if (platform is null)
        {
            return 1;
        }
        var (http, setup, acks, seen, load) = (platform.Http, platform.Setup, platform.Acks, platform.Seen, platform.Load);
        var injector = new FaultInjector(platform.Resources, http, log);
        var clock = Stopwatch.StartNew();
        log.WriteLine($"load running; warm-up {options.WarmupSeconds:0} s");
        await Task.Delay(TimeSpan.FromSeconds(options.WarmupSeconds), cancellationToken);
        var previous = await CheckAsync(http, setup, acks, load, log, cancellationToken);

        var rows = new List<FaultRow>();
        foreach (var fault in FaultPlan.ParseList(options.Faults))
        {
            await setup.EnsureFreshTokensAsync(log, cancellationToken);
            if (!await injector.WaitHealthyAsync(RecoveryLimit, cancellationToken))
            {
                break;
            }
            load.Resume();
            await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
            var seenBefore = seen.Snapshot();
            var ackedBefore = acks.Count;
            var injectedAt = clock.Elapsed;
            log.WriteLine($"fault {fault.Name} at {injectedAt:mm\\:ss} (load average {Machine.CpuSample.LoadAverage()?.ToString("0.00") ?? "?"})");
            var (restarted, healthy) = await injector.InjectAsync(fault, RecoveryLimit, cancellationToken);
            await Task.Delay(TimeSpan.FromSeconds(options.AfterRecoverySeconds), cancellationToken);
            var check = await CheckAsync(http, setup, acks, load, log, cancellationToken);
            var row = new FaultRow(fault.Name, injectedAt, restarted, healthy, acks.Count - ackedBefore, check, previous, seen.Since(seenBefore));
            rows.Add(row);
            log.WriteLine(FaultRow.Header);
            log.WriteLine(row);
            previous = check;
            if (healthy is null)
            {
                break;
            }
        }

        Console.WriteLine($"fault injection, {DateTimeOffset.UtcNow:u}: {options.Clients} sockets / {options.Sessions} sessions / "
            + $"{options.RestSenders} REST senders at {options.Rates[0]:0.#} msg/s; {previous.Acked} acknowledged, {previous.HistoryMessages} in history");
        Console.WriteLine(FaultRow.Header);
        rows.ForEach(Console.WriteLine);
        var planned = FaultPlan.ParseList(options.Faults).Count;
        return rows.Count == planned && rows.All(r => r.HealthyAfter is not null && r.SawOnlyDocumentedAnswers) && previous.Clean ? 0 : 1;
    }

    /// <summary>Pauses sending, lets the sockets catch up (resume, resends), checks, and resumes the load.</summary>
    private static async Task<CheckResult> CheckAsync(HttpClient http, PlatformSetup setup, AckLog acks, FaultLoad load, TextWriter log,
        CancellationToken cancellationToken)
    {
        await load.PauseAsync();
        var watch = Stopwatch.StartNew();
        CheckResult check;
        while (true)
        {
            check = await HistoryCheck.RunAsync(http, setup, acks, load.Sockets, cancellationToken);
            var pending = load.Sockets.Sum(s => s.Pending);
            if ((check.ClientsMissing == 0 && pending == 0) || watch.Elapsed > SettleLimit)
            {
                log.WriteLine($"  check after {watch.Elapsed.TotalSeconds:0.0} s: {check} ({pending} socket sends unacknowledged)");
                break;
            }
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
        load.Resume();
        return check;
    }
}
