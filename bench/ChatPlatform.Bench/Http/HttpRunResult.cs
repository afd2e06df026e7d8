using ChatPlatform.Bench.Reporting;

namespace ChatPlatform.Bench.Http;

/// <summary>One closed-loop run against one target (serialised snake_case into the JSON line).</summary>
public sealed record HttpRunResult
{
    public required string Scenario { get; init; }
    public required int Run { get; init; }
    public required string Target { get; init; }
    public required int Concurrency { get; init; }
    public required int Users { get; init; }
    public required double DurationSeconds { get; init; }
    /// <summary>Requests started in the measured window that got an answer.</summary>
    public long Requests { get; init; }
    /// <summary>Of those, answered with the expected status (200 for history, 201 for sends).</summary>
    public long Ok { get; init; }
    public double OkPerSecond { get; init; }
    /// <summary>Request sent → whole answer read, for the requests answered with the expected status.</summary>
    public required LatencySummary LatencyMs { get; init; }
    /// <summary>Every answer by HTTP status, the expected one included.</summary>
    public IReadOnlyDictionary<int, long> StatusCounts { get; init; } = new Dictionary<int, long>();
    /// <summary>Answers with another status than the expected one.</summary>
    public long Unexpected => Requests - Ok;
    /// <summary>Requests that got no answer (connection failures, timeouts), by error.</summary>
    public IReadOnlyDictionary<string, long> TransportErrors { get; init; } = new Dictionary<string, long>();
    /// <summary>Share of the clients' time spent waiting to keep users under the platform's per-user limits (0..1).</summary>
    public double PacingWaitShare { get; init; }
    public double? MachineCpuPercent { get; init; }
    public double BenchCpuPercentOfOneCore { get; init; }
    public IReadOnlyDictionary<string, double> ChildCpuPercentOfOneCore { get; init; } = new Dictionary<string, double>();
    /// <summary>CPU ms of each kind of platform process per request answered in the window.</summary>
    public IReadOnlyDictionary<string, double> ChildCpuMsPerRequest { get; init; } = new Dictionary<string, double>();
    /// <summary>CPU (user + sys) of every platform process in the window / requests answered (for rest: messages sent).</summary>
    public double? CpuMsPerRequest { get; init; }
    public double? LoadAverageBefore { get; init; }

    public long Errors => Unexpected + TransportErrors.Values.Sum();
}
