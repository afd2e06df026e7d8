namespace ChatPlatform.ServiceDefaults.Outbox;

/// <summary>An event written in the same transaction as the change that caused it, published later.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }
    public required string Type { get; set; }
    public required string Payload { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public DateTimeOffset? DispatchedAt { get; set; }
    public int Attempts { get; set; }

    /// <summary>The W3C id of the activity that wrote the row (<see cref="OutboxTrace"/>); null outside any trace.</summary>
    public string? TraceParent { get; set; }
}
