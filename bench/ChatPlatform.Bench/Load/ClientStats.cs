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

    /// <summary>
    /// Counts one frame received at <paramref name="now"/> (written by the client's receive loop only):
    /// measured deliveries and acks with their latency, messages not above <paramref name="lastSeq"/> as duplicates.
    /// </summary>
    public void Record(in ServerFrame frame, long now, RunClock clock, ref long lastSeq)
    {
        switch (frame.Kind)
        {
            case FrameKind.Message:
                if (frame.Seq > 0)
                {
                    if (frame.Seq <= lastSeq)
                    {
                        Duplicates++;
                        return;
                    }
                    lastSeq = frame.Seq;
                }
                if (frame.SendTimestamp != 0 && clock.IsMeasured(frame.SendTimestamp))
                {
                    Deliveries++;
                    Delivery.Record(RunClock.Microseconds(frame.SendTimestamp, now));
                }
                else
                {
                    OtherDeliveries++;
                }
                break;
            case FrameKind.Ack:
                if (frame.SendTimestamp != 0 && clock.IsMeasured(frame.SendTimestamp))
                {
                    Acks++;
                    Ack.Record(RunClock.Microseconds(frame.SendTimestamp, now));
                }
                break;
            case FrameKind.Error:
                CountError(frame.ErrorCode!);
                break;
            case FrameKind.Malformed:
                MalformedFrames++;
                break;
            default:
                OtherFrames++;
                break;
        }
    }

    /// <summary>An error frame, or a refused send (the SDK client counts those from its send tasks, hence the lock).</summary>
    public void CountError(string code)
    {
        lock (ErrorCodes)
        {
            ErrorFrames++;
            ErrorCodes[code] = ErrorCodes.GetValueOrDefault(code) + 1;
        }
    }
}
