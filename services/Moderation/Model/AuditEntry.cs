namespace ChatPlatform.Moderation.Model;

/// <summary>
/// One row of the append-only audit log. <c>SourceId</c> is what made it (the bus message id of the event, or the
/// report's id) and is unique, so a redelivered event never adds a second row.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; }
    public required string Action { get; init; }
    public Guid? ActorId { get; init; }
    public Guid? TargetUserId { get; init; }
    public Guid? SessionId { get; init; }
    public Guid? MessageId { get; init; }
    public required string Details { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
    public Guid SourceId { get; init; }
}
