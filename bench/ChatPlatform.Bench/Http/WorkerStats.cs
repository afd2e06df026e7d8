using ChatPlatform.Bench.Load;

namespace ChatPlatform.Bench.Http;

/// <summary>What one closed-loop client saw in the measured window (written by that client only, read after the run).</summary>
public sealed class WorkerStats
{
    public LatencyHistogram Latency { get; } = new();

    public Dictionary<int, long> StatusCounts { get; } = [];

    public Dictionary<string, long> TransportErrors { get; } = new(StringComparer.Ordinal);

    /// <summary>Requests answered with the expected status.</summary>
    public long Ok;

    /// <summary>Time spent waiting for a user's pacing slot (the platform's per-user limits), in the measured window.</summary>
    public TimeSpan PacingWait;

    public void Error(string error) => TransportErrors[error] = TransportErrors.GetValueOrDefault(error) + 1;
}
