namespace ChatPlatform.Bench.Faults;

/// <summary>A send not acknowledged yet: a real client keeps it and sends it again, same id, until it is.</summary>
public sealed class PendingSend(string clientMessageId, string frame)
{
    public string ClientMessageId { get; } = clientMessageId;

    public string Frame { get; } = frame;

    public long FirstSentAt { get; } = Environment.TickCount64;

    public long LastSentAt { get; set; } = Environment.TickCount64;

    /// <summary>When the server last answered it with an error frame (it stays pending and is sent again).</summary>
    public long LastAnsweredAt { get; set; }

    public bool ReportedUnanswered { get; set; }
}
