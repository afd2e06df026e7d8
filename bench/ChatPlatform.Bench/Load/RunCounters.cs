namespace ChatPlatform.Bench.Load;

/// <summary>Send-side counters of one run, updated from concurrent send completions.</summary>
public sealed class RunCounters
{
    private long _sentWarmup;
    private long _sentMeasured;
    private long _expectedDeliveries;
    private long _sendErrors;
    private long _skipped;
    private string? _firstSendError;

    public long SentWarmup => Interlocked.Read(ref _sentWarmup);

    public long SentMeasured => Interlocked.Read(ref _sentMeasured);

    /// <summary>Measured sends times their recipients.</summary>
    public long ExpectedDeliveries => Interlocked.Read(ref _expectedDeliveries);

    public long SendErrors => Interlocked.Read(ref _sendErrors);

    /// <summary>Sends not attempted because the client's socket was no longer open.</summary>
    public long Skipped => Interlocked.Read(ref _skipped);

    public string? FirstSendError => Volatile.Read(ref _firstSendError);

    public void Sent(bool measured, int recipients)
    {
        if (measured)
        {
            Interlocked.Increment(ref _sentMeasured);
            Interlocked.Add(ref _expectedDeliveries, recipients);
        }
        else
        {
            Interlocked.Increment(ref _sentWarmup);
        }
    }

    public void SendFailed(string error)
    {
        Interlocked.Increment(ref _sendErrors);
        Interlocked.CompareExchange(ref _firstSendError, error, null);
    }

    public void SkippedClosed() => Interlocked.Increment(ref _skipped);
}
