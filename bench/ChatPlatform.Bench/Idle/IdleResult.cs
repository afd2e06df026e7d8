using ChatPlatform.Bench.Reporting;

namespace ChatPlatform.Bench.Idle;

/// <summary>One idle run (serialised snake_case into the JSON line).</summary>
public sealed record IdleResult
{
    public required int Requested { get; init; }
    public required int Users { get; init; }
    public required int Sessions { get; init; }
    public required int ConnectConcurrency { get; init; }
    public int Attempted { get; init; }
    public int Opened { get; init; }
    public double ConnectSeconds { get; init; }
    public double HandshakesPerSecond { get; init; }
    /// <summary>Handshake start → upgraded socket, through the gateway.</summary>
    public required LatencySummary HandshakeMs { get; init; }
    public IReadOnlyDictionary<string, long> Failures { get; init; } = new Dictionary<string, long>();
    public string? StoppedBecause { get; init; }
    public double HeldSeconds { get; init; }
    public int OpenAtEnd { get; init; }
    /// <summary>Sockets the server closed or that broke while held.</summary>
    public int EndedEarly { get; init; }
    public string? FirstEnd { get; init; }
    public long PingsSent { get; init; }
    public long FramesReceived { get; init; }
    public IReadOnlyList<FootprintChange> Processes { get; init; } = [];
    public PortRange? EphemeralPorts { get; init; }
    /// <summary>Limits raised and limits that will not fit, as printed.</summary>
    public IReadOnlyList<string> LimitNotes { get; init; } = [];
}
