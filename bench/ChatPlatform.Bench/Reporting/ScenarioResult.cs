namespace ChatPlatform.Bench.Reporting;

/// <summary>One run of one scenario at one rate (serialised snake_case into the JSON line).</summary>
public sealed record ScenarioResult
{
    public required string Scenario { get; init; }
    public required int Run { get; init; }
    public required double TargetRate { get; init; }
    public required int Clients { get; init; }
    public required int Sessions { get; init; }
    public required int Connected { get; init; }
    public int ConnectErrors { get; init; }
    public string? FirstConnectError { get; init; }
    public required double DurationSeconds { get; init; }
    /// <summary>Messages sent inside the measured window.</summary>
    public long Sent { get; init; }
    public double SentPerSecond { get; init; }
    public long SendErrors { get; init; }
    public string? FirstSendError { get; init; }
    /// <summary>Sends skipped because the client's socket had closed.</summary>
    public long SendsSkipped { get; init; }
    public long ExpectedDeliveries { get; init; }
    public long Deliveries { get; init; }
    /// <summary>Expected deliveries that had not arrived when the drain ended.</summary>
    public long Lost { get; init; }
    public long Duplicates { get; init; }
    public double DeliveriesPerSecond { get; init; }
    public required LatencySummary LatencyMs { get; init; }
    public bool AcksExpected { get; init; }
    public long Acks { get; init; }
    public LatencySummary? AckLatencyMs { get; init; }
    public long ErrorFrames { get; init; }
    public IReadOnlyDictionary<string, long> ErrorCodes { get; init; } = new Dictionary<string, long>();
    public long MalformedFrames { get; init; }
    /// <summary>Sockets that ended before the run did (closed by the server or broken).</summary>
    public int SocketFailures { get; init; }
    public string? FirstSocketFailure { get; init; }
    /// <summary>The whole machine's CPU busy share during the measured window, % of all cores.</summary>
    public double? MachineCpuPercent { get; init; }
    /// <summary>The bench process's CPU in the measured window, % of one core (client; the server too in raw).</summary>
    public double BenchCpuPercentOfOneCore { get; init; }
    /// <summary>The platform's processes (children of this one) in the measured window, % of one core per kind.</summary>
    public IReadOnlyDictionary<string, double> ChildCpuPercentOfOneCore { get; init; } = new Dictionary<string, double>();
    /// <summary>The platform's processes in the measured window, CPU ms per measured send, per kind.</summary>
    public IReadOnlyDictionary<string, double> ChildCpuMsPerMessage { get; init; } = new Dictionary<string, double>();
    /// <summary>CPU (user + sys) of every platform process in the measured window / measured sends; null without a platform tree.</summary>
    public double? CpuMsPerMessage { get; init; }
    public double? LoadAverageBefore { get; init; }
    public double DrainSeconds { get; init; }

    /// <summary>Measured sends that got no ack (platform scenarios only).</summary>
    public long MissingAcks => AcksExpected ? Math.Max(0, Sent - Acks) : 0;

    /// <summary>Errors of every kind, for the table.</summary>
    public long Errors => ConnectErrors + SendErrors + SendsSkipped + ErrorFrames + MalformedFrames + SocketFailures + Duplicates + Lost + MissingAcks;
}
