using ChatPlatform.Bench.Load;

namespace ChatPlatform.Bench.Idle;

/// <summary>How opening the idle sockets went: how many, how fast, what failed.</summary>
public sealed record ConnectOutcome(
    int Attempted,
    int Opened,
    double Seconds,
    LatencyHistogram Handshakes,
    IReadOnlyDictionary<string, long> Failures,
    string? StoppedBecause)
{
    public double HandshakesPerSecond => Seconds > 0 ? Math.Round(Opened / Seconds, 1) : 0;
}
