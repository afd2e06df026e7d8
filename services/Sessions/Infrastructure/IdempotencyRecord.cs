namespace ChatPlatform.Sessions.Infrastructure;

/// <summary>The first result of a create request sent with an <c>Idempotency-Key</c>, per user and operation.</summary>
public sealed class IdempotencyRecord
{
    public Guid UserId { get; init; }
    public required string Operation { get; init; }
    public required string Key { get; init; }
    public Guid ResourceId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
