using System.Diagnostics;
using ChatPlatform.Bench.Http;
using ChatPlatform.Bench.Load;
using ChatPlatform.Bench.Platform;
using ChatPlatform.Bench.Reporting;

namespace ChatPlatform.Bench.Idle;

/// <summary>
/// M4: N idle WebSockets through the gateway. Check and raise what limits it can, boot the platform with the users,
/// sample the holders' memory, open the sockets (handshakes/s), hold them for --duration seconds, sample again, close.
/// </summary>
public static class IdleRunner
{
    /// <summary>Presence closes a socket that sent nothing for 5 minutes: an idle client pings well before.</summary>
    private static readonly TimeSpan PingPeriod = TimeSpan.FromMinutes(2);
    /// <summary>Pace users this far under the gateway's per-user limit (handshakes are requests too).</summary>
    private const double LimitShare = 0.9;
    /// <summary>Sockets opened and closed before measuring, so that handshakes are measured on warm processes.</summary>
    private const int WarmupSockets = 1_000;

    public static async Task<int> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var log = Console.Error;
        var machine = BenchHeader.Write(log, options, $"{options.Connections:N0} idle WebSockets through the gateway, {options.Users:N0} users in "
            + $"{options.Sessions:N0} sessions, {options.ConnectConcurrency} handshakes at a time, held {options.DurationSeconds:0.#} s");
        var startedAt = DateTimeOffset.UtcNow;
        var ports = PortRange.Current();
        log.WriteLine("limits:");
        log.WriteLine(ports is null ? "  ephemeral port range unknown" : $"  ephemeral ports {ports.Low}-{ports.High} ({ports.Size:N0} per destination)");
        var notes = IdleLimits.PrepareThisProcess(options.Connections, options.GatewayUrl is null, ports, log);

        IdleResult? result = null;
        string? error;
        var booted = await BootedPlatform.StartAsync(options, options.Users, options.Sessions, log, cancellationToken);
        try
        {
            error = booted.Error;
            if (error is null)
            {
                result = await MeasureAsync(options, booted, ports, notes, log, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            error = "cancelled";
        }
        finally
        {
            await booted.DisposeAsync();
        }

        var report = new IdleReport { StartedAt = startedAt, Machine = machine, Options = options, Result = result, PlatformError = error };
        await ReportOutput.WriteAsync(report.ToTable(), report.ToJsonLine(), options.JsonOut);
        return error is null && result?.Opened > 0 ? 0 : 1;
    }

    private static async Task<IdleResult> MeasureAsync(BenchOptions options, BootedPlatform booted, PortRange? ports, List<string> notes,
        TextWriter log, CancellationToken cancellationToken)
    {
        var setup = booted.Setup!;
        var ownTree = booted.Host!.IsInProcess;
        await setup.EnsureFreshTokensAsync(log, cancellationToken);
        var before = FootprintSampler.Sample(ownTree);
        if (!ownTree && before.Count(p => p.Name == "gateway") != 1)
        {
            notes.Add($"WARNING: {before.Count(p => p.Name == "gateway")} gateway processes on this machine: memory per process is not attributable to this platform");
        }
        notes.AddRange(IdleLimits.CheckPlatform(before, options.Connections, log));

        if (options.PlatformWarmupSeconds > 0)
        {
            await WarmUpAsync(options, booted, log, cancellationToken);
        }

        var sockets = Enumerable.Range(0, options.Connections).Select(_ => new IdleSocket()).ToArray();
        try
        {
            log.WriteLine($"opening {options.Connections:N0} WebSockets through {booted.Host.Gateway}");
            var outcome = await OpenAsync(sockets, options, booted, log, cancellationToken);
            log.WriteLine($"  opened {outcome.Opened:N0} in {outcome.Seconds:F1} s ({outcome.HandshakesPerSecond:N1}/s); holding {options.DurationSeconds:0.#} s");

            var pings = await HoldAsync(sockets, options.DurationSeconds, cancellationToken);
            var after = FootprintSampler.Sample(ownTree);
            var ended = sockets.Where(s => s.Failure is not null).ToArray();
            return new IdleResult
            {
                Requested = options.Connections,
                Users = setup.Users.Count,
                Sessions = setup.Sessions.Count,
                ConnectConcurrency = options.ConnectConcurrency,
                Attempted = outcome.Attempted,
                Opened = outcome.Opened,
                ConnectSeconds = Math.Round(outcome.Seconds, 2),
                HandshakesPerSecond = outcome.HandshakesPerSecond,
                HandshakeMs = LatencySummary.Of(outcome.Handshakes),
                Failures = outcome.Failures,
                StoppedBecause = outcome.StoppedBecause,
                HeldSeconds = options.DurationSeconds,
                OpenAtEnd = sockets.Count(s => s.IsOpen),
                EndedEarly = ended.Length,
                FirstEnd = ended.FirstOrDefault()?.Failure,
                PingsSent = pings,
                FramesReceived = sockets.Sum(s => s.FramesReceived),
                Processes = FootprintChange.Between(before, after, sockets.Count(s => s.IsOpen)),
                EphemeralPorts = ports,
                LimitNotes = notes,
            };
        }
        finally
        {
            log.WriteLine("closing the sockets");
            await CloseAsync(sockets);
        }
    }

    /// <summary>
    /// Opens and closes up to <see cref="WarmupSockets"/> sockets, unmeasured: the first handshakes pay for JIT
    /// compilation in every process on the path (a profile of Messages during a cold run spent a quarter of its CPU in
    /// the JIT). Memory is sampled before this, so its figures stay what they were.
    /// </summary>
    private static async Task WarmUpAsync(BenchOptions options, BootedPlatform booted, TextWriter log, CancellationToken cancellationToken)
    {
        var warm = Enumerable.Range(0, Math.Min(options.Connections, WarmupSockets)).Select(_ => new IdleSocket()).ToArray();
        try
        {
            var outcome = await OpenAsync(warm, options, booted, log, cancellationToken);
            log.WriteLine($"  warm-up (not measured): opened {outcome.Opened:N0} in {outcome.Seconds:F1} s ({outcome.HandshakesPerSecond:N1}/s), closing them");
        }
        finally
        {
            await CloseAsync(warm);
        }
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
    }

    /// <summary>Opens the sockets through the gateway, users paced under its per-user limit (a handshake is a request).</summary>
    private static Task<ConnectOutcome> OpenAsync(IdleSocket[] sockets, BenchOptions options, BootedPlatform booted, TextWriter log,
        CancellationToken cancellationToken)
    {
        var users = booted.Setup!.Users;
        var pacer = new UserPacer(users.Count, LimitShare * BenchOptions.PerUserRequestLimit);
        return IdleConnector.OpenAsync(sockets, users, booted.Host!.Gateway, options.ConnectConcurrency, pacer, log, cancellationToken);
    }

    private static Task CloseAsync(IdleSocket[] sockets) =>
        Parallel.ForEachAsync(sockets, new ParallelOptions { MaxDegreeOfParallelism = 256 }, async (socket, _) => await socket.DisposeAsync());

    /// <summary>Holds the sockets open, pinging each one that has been silent for <see cref="PingPeriod"/>; returns the pings sent.</summary>
    private static async Task<long> HoldAsync(IdleSocket[] sockets, double seconds, CancellationToken cancellationToken)
    {
        long pings = 0;
        var end = Stopwatch.GetTimestamp() + RunClock.SecondsToTicks(seconds);
        while (Stopwatch.GetTimestamp() < end)
        {
            await Task.Delay(TimeSpan.FromSeconds(Math.Min(1, Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), end).TotalSeconds)), cancellationToken);
            foreach (var socket in sockets)
            {
                if (socket.IsOpen && Stopwatch.GetElapsedTime(socket.LastSent) > PingPeriod && await socket.PingAsync())
                {
                    pings++;
                }
            }
        }
        return pings;
    }
}
