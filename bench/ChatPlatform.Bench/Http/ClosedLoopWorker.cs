using System.Diagnostics;
using System.Net;
using ChatPlatform.Bench.Load;
using ChatPlatform.Bench.Platform;

namespace ChatPlatform.Bench.Http;

/// <summary>
/// One closed-loop client: takes its own users round-robin (each kept under its limit by the pacer), sends a request,
/// reads the whole answer, and starts the next one. A request counts when it STARTED inside the measured window.
/// </summary>
public sealed class ClosedLoopWorker(IReadOnlyList<BenchUser> users, IHttpWorkload workload, UserPacer pacer, string tag)
{
    public WorkerStats Stats { get; } = new();

    public async Task RunAsync(HttpClient client, RunClock clock, CancellationToken cancellationToken)
    {
        var next = 0;
        long sequence = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var user = users[next];
            next = next + 1 == users.Count ? 0 : next + 1;
            var wait = pacer.Reserve(user.Index);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }
            var started = Stopwatch.GetTimestamp();
            if (started >= clock.MeasureEnd)
            {
                return;
            }
            var measured = clock.IsMeasured(started);
            if (measured)
            {
                Stats.PacingWait += wait;
            }
            using var request = workload.Create(user, tag, ++sequence);
            try
            {
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                await response.Content.CopyToAsync(Stream.Null, cancellationToken);
                if (measured)
                {
                    Record(response.StatusCode, RunClock.Microseconds(started, Stopwatch.GetTimestamp()));
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException
                || ex is TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                if (measured)
                {
                    Stats.Error(ex is TaskCanceledException ? "timeout" : ex.GetBaseException().Message);
                }
            }
        }
    }

    private void Record(HttpStatusCode status, long microseconds)
    {
        Stats.StatusCounts[(int)status] = Stats.StatusCounts.GetValueOrDefault((int)status) + 1;
        if (status == workload.Expected)
        {
            Stats.Ok++;
            Stats.Latency.Record(microseconds);
        }
    }
}
