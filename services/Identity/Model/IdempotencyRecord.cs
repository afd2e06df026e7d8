namespace ChatPlatform.Identity.Model;

/// <summary>The first result of a request sent with an <c>Idempotency-Key</c>, replayed to retries of the same request.</summary>
public sealed class IdempotencyRecord
{
    public required string Scope { get; set; }
    public required string Key { get; set; }
    public required string RequestFingerprint { get; set; }
    public Guid ResourceId { get; set; }
    public required string ResponseJson { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
