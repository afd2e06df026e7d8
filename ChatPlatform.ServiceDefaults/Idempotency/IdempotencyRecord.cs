namespace ChatPlatform.ServiceDefaults.Idempotency;

/// <summary>
/// The first result of a request sent with an <c>Idempotency-Key</c>: a retry of the same operation by the same caller
/// with the same key gets that result instead of a second resource.
/// </summary>
public sealed class IdempotencyRecord
{
    /// <summary>The longest key the table holds; each service refuses longer ones with its own, lower or equal, limit.</summary>
    public const int MaxKeyLength = 255;

    /// <summary>The caller; <see cref="Guid.Empty"/> for a request without one (registration).</summary>
    public Guid UserId { get; init; }

    /// <summary>What the request did (<c>register</c>, <c>create_session</c>, ...), so one key may serve several operations.</summary>
    public required string Operation { get; init; }

    public required string Key { get; init; }

    /// <summary>A hash of the request, where the service refuses the key for a different request.</summary>
    public string? RequestFingerprint { get; init; }

    public Guid ResourceId { get; init; }

    /// <summary>The first response as it was sent, where the service replays it rather than reading the resource again.</summary>
    public string? ResponseJson { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
