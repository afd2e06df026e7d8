using System.Diagnostics;
using System.Text;
using ChatPlatform.Bench.Machine;
using ChatPlatform.Bench.Reporting;

namespace ChatPlatform.Bench.Load;

/// <summary>
/// One run: connect every client, send at a ramped fixed total rate round-robin over the clients for warm-up plus
/// the measured window, wait for outstanding deliveries, close, and sum up.
/// </summary>
public static class LoadRun
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(20);

    public static async Task<ScenarioResult> ExecuteAsync(
        Scenario scenario, int run, IReadOnlyList<ClientPlan> plan, int sessions, LoadSettings settings, bool acksExpected,
        TextWriter log, CancellationToken cancellationToken)
    {
        var loadBefore = CpuSample.LoadAverage();
        var name = scenario.ToString().ToLowerInvariant();
        // Unique per run: the platform dedupes on (session, user, client_message_id).
        var runPrefix = Encoding.ASCII.GetBytes($"bench-{name[0]}{run}-{Environment.ProcessId}-{(long)settings.Rate}-");
        var frameHead = LoadClient.FrameHead(settings.PayloadBytes);
        var clock = new RunClock();
        var content = Payload.Text(settings.PayloadBytes);
        var clients = plan.Select((p, i) => settings.Client == LoadClientKind.Sdk && p.OpenSdk is { } open
            ? (ILoadClient)new SdkLoadClient(i, p.Room, open, runPrefix, content, clock)
            : new LoadClient(i, p.Room, p.Uri, runPrefix, frameHead, clock)).ToArray();

        try
        {
            var connectWatch = Stopwatch.StartNew();
            await Parallel.ForEachAsync(clients,
                new ParallelOptions { MaxDegreeOfParallelism = settings.ConnectConcurrency, CancellationToken = cancellationToken },
                async (client, ct) => await client.ConnectAsync(ConnectTimeout, ct));
            var connected = clients.Where(c => c.ConnectError is null).ToArray();
            var failed = clients.Where(c => c.ConnectError is not null).ToArray();
            log.WriteLine($"  [{name}] {connected.Length}/{clients.Length} connected in {connectWatch.Elapsed.TotalSeconds:F1} s"
                + (failed.Length > 0 ? $"; first failure: {failed[0].ConnectError}" : ""));

            var roomSizes = connected.GroupBy(c => c.Room).ToDictionary(g => g.Key, g => g.Count());
            foreach (var client in connected)
            {
                client.Recipients = roomSizes[client.Room];
            }

            var counters = new RunCounters();
            var cpu = new CpuWindow();
            var drainWatch = new Stopwatch();
            if (connected.Length > 0)
            {
                // Let the servers finish registering the subscriptions they set up after the upgrade.
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);

                var start = Stopwatch.GetTimestamp();
                var measureStart = start + RunClock.SecondsToTicks(settings.WarmupSeconds);
                var measureEnd = measureStart + RunClock.SecondsToTicks(settings.DurationSeconds);
                clock.SetWindow(measureStart, measureEnd);

                var senders = settings.Senders is { } k ? connected.Where(c => c.Index < k).ToArray() : connected;
                var sender = new Thread(() => SendLoop(senders, settings, start, measureEnd, counters, cancellationToken))
                {
                    IsBackground = true,
                    Name = "bench-sender",
                    Priority = ThreadPriority.AboveNormal,
                };
                sender.Start();
                log.WriteLine($"  [{name}] {senders.Length} senders, {settings.Rate:0.#} msg/s in all: {settings.WarmupSeconds:0.#} s warm-up (ramp {settings.RampSeconds:0.#} s), {settings.DurationSeconds:0.#} s measured");

                await RunClock.DelayUntilAsync(measureStart, cancellationToken);
                cpu.Start();
                await RunClock.DelayUntilAsync(measureEnd, cancellationToken);
                cpu.Stop();
                sender.Join();

                drainWatch.Start();
                while (drainWatch.Elapsed.TotalSeconds < settings.DrainSeconds)
                {
                    var deliveries = connected.Sum(c => Volatile.Read(ref c.Stats.Deliveries));
                    var acks = connected.Sum(c => Volatile.Read(ref c.Stats.Acks));
                    if (deliveries >= counters.ExpectedDeliveries && (!acksExpected || acks >= counters.SentMeasured))
                    {
                        break;
                    }
                    await Task.Delay(50, cancellationToken);
                }
                drainWatch.Stop();
            }

            await CloseAllAsync(clients);

            return Summarise(scenario, run, plan, sessions, settings, acksExpected, clients, connected.Length, failed, counters,
                cpu, loadBefore, drainWatch.Elapsed.TotalSeconds);
        }
        finally
        {
            await CloseAllAsync(clients);
        }
    }

    private static Task CloseAllAsync(ILoadClient[] clients) => Task.WhenAll(clients.Select(c => c.DisposeAsync().AsTask()));

    /// <summary>
    /// Runs on its own thread: every millisecond or so, starts the sends that are due by now, round-robin over the
    /// open clients. Each send takes its own timestamp right before it goes on the wire.
    /// </summary>
    private static void SendLoop(ILoadClient[] clients, LoadSettings settings, long start, long end, RunCounters counters,
        CancellationToken cancellationToken)
    {
        long started = 0;
        var next = 0;
        if (clients.Length == 0)
        {
            return;
        }
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = Stopwatch.GetTimestamp();
            if (now >= end)
            {
                return;
            }
            var due = (long)settings.MessagesDueAt(Stopwatch.GetElapsedTime(start, now).TotalSeconds);
            while (started < due)
            {
                var client = clients[next];
                next = next + 1 == clients.Length ? 0 : next + 1;
                started++;
                if (client.IsOpen)
                {
                    _ = client.SendAsync(counters);
                }
                else
                {
                    counters.SkippedClosed();
                }
            }
            Thread.Sleep(1);
        }
    }

    private static ScenarioResult Summarise(
        Scenario scenario, int run, IReadOnlyList<ClientPlan> plan, int sessions, LoadSettings settings, bool acksExpected,
        ILoadClient[] clients, int connected, ILoadClient[] failed, RunCounters counters, CpuWindow cpu, double? loadBefore,
        double drainSeconds)
    {
        var delivery = new LatencyHistogram();
        var ack = new LatencyHistogram();
        var errorCodes = new Dictionary<string, long>(StringComparer.Ordinal);
        long deliveries = 0, acks = 0, duplicates = 0, errorFrames = 0, malformed = 0;
        var socketFailures = 0;
        string? firstSocketFailure = null;
        foreach (var client in clients)
        {
            var stats = client.Stats;
            delivery.Add(stats.Delivery);
            ack.Add(stats.Ack);
            deliveries += stats.Deliveries;
            acks += stats.Acks;
            duplicates += stats.Duplicates;
            errorFrames += stats.ErrorFrames;
            malformed += stats.MalformedFrames;
            foreach (var (code, count) in stats.ErrorCodes)
            {
                errorCodes[code] = errorCodes.GetValueOrDefault(code) + count;
            }
            if (stats.Failure is not null)
            {
                socketFailures++;
                firstSocketFailure ??= stats.Failure;
            }
        }

        var duration = settings.DurationSeconds;
        // Per message only where the platform carried the messages: in raw runs it idles beside the baseline.
        var platformCpu = cpu.Platform(scenario == Scenario.Raw ? 0 : counters.SentMeasured);
        return new ScenarioResult
        {
            Scenario = scenario.ToString().ToLowerInvariant(),
            Run = run,
            TargetRate = settings.Rate,
            Clients = plan.Count,
            Sessions = sessions,
            Connected = connected,
            ConnectErrors = failed.Length,
            FirstConnectError = failed.FirstOrDefault()?.ConnectError,
            DurationSeconds = duration,
            Sent = counters.SentMeasured,
            SentPerSecond = Math.Round(counters.SentMeasured / duration, 1),
            SendErrors = counters.SendErrors,
            FirstSendError = counters.FirstSendError,
            SendsSkipped = counters.Skipped,
            ExpectedDeliveries = counters.ExpectedDeliveries,
            Deliveries = deliveries,
            Lost = Math.Max(0, counters.ExpectedDeliveries - deliveries),
            Duplicates = duplicates,
            DeliveriesPerSecond = Math.Round(deliveries / duration, 1),
            LatencyMs = LatencySummary.Of(delivery),
            AcksExpected = acksExpected,
            Acks = acks,
            AckLatencyMs = acksExpected ? LatencySummary.Of(ack) : null,
            ErrorFrames = errorFrames,
            ErrorCodes = errorCodes,
            MalformedFrames = malformed,
            SocketFailures = socketFailures,
            FirstSocketFailure = firstSocketFailure,
            MachineCpuPercent = cpu.MachinePercent,
            BenchCpuPercentOfOneCore = cpu.BenchPercentOfOneCore,
            ChildCpuPercentOfOneCore = platformCpu.PercentOfOneCore,
            ChildCpuMsPerMessage = platformCpu.MsPerOperationByKind,
            CpuMsPerMessage = platformCpu.MsPerOperation,
            LoadAverageBefore = loadBefore,
            DrainSeconds = Math.Round(drainSeconds, 2),
        };
    }
}
