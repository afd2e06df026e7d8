using System.Diagnostics;
using ChatPlatform.Bench.Http;
using ChatPlatform.Bench.Load;
using ChatPlatform.Bench.Platform;

namespace ChatPlatform.Bench.Idle;

/// <summary>
/// Opens the idle sockets through the gateway, <c>--connect-concurrency</c> handshakes at a time, socket k as user
/// k mod U (each user kept under the gateway's per-user request limit), with progress on stderr. Stops early once
/// failures pass a tenth of the attempts (an OS or platform limit was hit: more attempts only take longer).
/// </summary>
public static class IdleConnector
{
    private static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(5);
    private const int MinFailuresToStop = 100;

    public static async Task<ConnectOutcome> OpenAsync(IdleSocket[] sockets, IReadOnlyList<BenchUser> users, Uri gateway, int concurrency,
        UserPacer pacer, TextWriter log, CancellationToken cancellationToken)
    {
        var ws = new UriBuilder(gateway) { Scheme = gateway.Scheme == "https" ? "wss" : "ws" }.Uri;
        var next = -1;
        var opened = 0;
        var failed = 0;
        string? stopped = null;
        var histograms = new LatencyHistogram[concurrency];
        var failures = new Dictionary<string, long>(StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();
        using var progress = new Timer(_ => log.WriteLine(
            $"  [idle] {Volatile.Read(ref opened):N0}/{sockets.Length:N0} open after {watch.Elapsed.TotalSeconds:F0} s, {Volatile.Read(ref failed):N0} failed"),
            null, ProgressInterval, ProgressInterval);

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var handshakes = histograms[worker] = new LatencyHistogram();
            int k;
            while ((k = Interlocked.Increment(ref next)) < sockets.Length && Volatile.Read(ref stopped) is null)
            {
                var user = users[k % users.Count];
                if (pacer.Reserve(user.Index) is var wait && wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, cancellationToken);
                }
                var started = Stopwatch.GetTimestamp();
                var error = await sockets[k].ConnectAsync(new Uri(ws, $"/api/v1/chat/ws?token={Uri.EscapeDataString(user.AccessToken)}"),
                    HandshakeTimeout, cancellationToken);
                if (error is null)
                {
                    handshakes.Record(RunClock.Microseconds(started, Stopwatch.GetTimestamp()));
                    Interlocked.Increment(ref opened);
                    continue;
                }
                lock (failures)
                {
                    failures[error] = failures.GetValueOrDefault(error) + 1;
                }
                var failedSoFar = Interlocked.Increment(ref failed);
                if (failedSoFar >= MinFailuresToStop && failedSoFar * 10 > k + 1)
                {
                    Interlocked.CompareExchange(ref stopped, $"{failedSoFar} of {k + 1} handshakes failed", null);
                }
            }
        }, CancellationToken.None)));
        watch.Stop();

        var all = new LatencyHistogram();
        foreach (var histogram in histograms)
        {
            all.Add(histogram);
        }
        return new ConnectOutcome(opened + failed, opened, watch.Elapsed.TotalSeconds, all, failures, stopped);
    }
}
