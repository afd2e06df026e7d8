namespace ChatPlatform.Bench.Load;

/// <summary>What one client's receive loop saw (written by that loop only; read after the run).</summary>
public sealed class ClientStats
{
    public LatencyHistogram Delivery { get; } = new();

    public LatencyHistogram Ack { get; } = new();

    /// <summary>Deliveries of measured messages (each message counts once per recipient, the sender included).</summary>
    public long Deliveries;

    /// <summary>Deliveries of warm-up messages and of anything that is not ours.</summary>
    public long OtherDeliveries;

    public long Acks;

    /// <summary>A message whose seq is not above the last one seen on this socket (a duplicate or out of order).</summary>
    public long Duplicates;

    public long ErrorFrames;

    public long MalformedFrames;

    public long OtherFrames;

    public long BytesReceived;

    public Dictionary<string, long> ErrorCodes { get; } = new(StringComparer.Ordinal);

    /// <summary>Why the socket ended before the run did, if it did.</summary>
    public string? Failure;
}
