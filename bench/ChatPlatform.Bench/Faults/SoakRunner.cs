using System.Diagnostics;
using ChatPlatform.Bench.Machine;

namespace ChatPlatform.Bench.Faults;

/// <summary>
/// <c>--mode soak</c>: the fault harness's load (WebSocket and REST senders, resuming readers) for <c>--duration</c>
/// seconds with connects and disconnects (<c>--churn</c> sockets closed and reopened every 10 s), sampling every
/// <c>--sample</c> seconds the memory of every platform process, the errors clients saw, PostgreSQL connections,
/// outbox and inbox rows and RabbitMQ queue depth; then the invariants as after a fault. Table on stdout.
/// </summary>
public static class SoakRunner
{
    private static readonly TimeSpan ChurnEvery = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var log = Console.Error;
        BenchHeader.Write(log, options, $"soak: {options.Clients} sockets in {options.Sessions} sessions, {options.RestSenders} REST senders, "
            + $"{options.Rates[0]:0.#} msg/s for {options.DurationSeconds:0} s, {options.Churn} sockets reconnecting every {ChurnEvery.TotalSeconds:0} s");
        await using var platform = await LoadedPlatform.StartAsync(options, log, cancellationToken);
        if (platform is null)
        {
            return 1;
        }
        var (http, setup, acks, seen, load) = (platform.Http, platform.Setup, platform.Acks, platform.Seen, platform.Load);
        var gauges = new StoreGauges(platform.App, platform.Resources);
        var clock = Stopwatch.StartNew();
        var samples = new List<SoakSample>();
        var nextSample = TimeSpan.Zero;
        var nextChurn = ChurnEvery;
        while (clock.Elapsed.TotalSeconds < options.DurationSeconds)
        {
            if (clock.Elapsed >= nextSample)
            {
                var sample = await SampleAsync(clock.Elapsed, acks, seen, gauges, log, cancellationToken);
                samples.Add(sample);
                log.WriteLine($"  {sample.At:hh\\:mm\\:ss} acked {sample.Acked}, errors {sample.ErrorsSeen}, {sample.Stores}, "
                    + string.Join(", ", sample.MemoryMb.Select(m => $"{m.Key} {m.Value:0} MB")));
                nextSample += TimeSpan.FromSeconds(options.SampleSeconds);
            }
            if (clock.Elapsed >= nextChurn)
            {
                await load.ChurnAsync(options.Churn);
                nextChurn += ChurnEvery;
            }
            await setup.EnsureFreshTokensAsync(log, cancellationToken);
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
        await load.PauseAsync();
        await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
        samples.Add(await SampleAsync(clock.Elapsed, acks, seen, gauges, log, cancellationToken));
        var check = await HistoryCheck.RunAsync(http, setup, acks, load.Sockets, cancellationToken);

        var kinds = samples.SelectMany(s => s.MemoryMb.Keys).Distinct().Order().ToList();
        Console.WriteLine($"soak, {DateTimeOffset.UtcNow:u}: {options.Clients} sockets / {options.Sessions} sessions / {options.RestSenders} REST senders at "
            + $"{options.Rates[0]:0.#} msg/s for {options.DurationSeconds:0} s, {options.Churn} reconnects every {ChurnEvery.TotalSeconds:0} s; the last row is 10 s after sending stopped");
        Console.WriteLine(SoakSample.Header(kinds));
        samples.ForEach(s => Console.WriteLine(s.Row(kinds)));
        Console.WriteLine($"check: {check}");
        Console.WriteLine("what clients saw: " + string.Join("; ", seen.Since(new Dictionary<string, long>()).Select(s => $"{s.Key} ×{s.Value}")));
        return check.Clean ? 0 : 1;
    }

    private static async Task<SoakSample> SampleAsync(TimeSpan at, AckLog acks, Observations seen, StoreGauges gauges, TextWriter log,
        CancellationToken cancellationToken)
    {
        var memory = ProcessTree.Descendants()
            .GroupBy(p => p.Kind)
            .ToDictionary(g => g.Key, g => g.Sum(p => p.RssBytes) / 1024.0 / 1024.0);
        StoreReading? stores = null;
        try
        {
            stores = await gauges.ReadAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            log.WriteLine($"  stores not read: {ex.GetBaseException().Message}");
        }
        var errors = seen.Snapshot().Where(s => !s.Key.StartsWith("ws close 1000", StringComparison.Ordinal)).Sum(s => s.Value);
        return new SoakSample(at, acks.Count, errors, memory, stores);
    }
}
