using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.ServiceDefaults.Idempotency;

public static class IdempotencyDbContextExtensions
{
    /// <summary>What the first request with this key did, or null: no such request, or no key.</summary>
    public static Task<IdempotencyRecord?> FindIdempotencyRecordAsync(
        this IIdempotencyDbContext db, Guid userId, string operation, string? key, CancellationToken cancellationToken) =>
        key is null
            ? Task.FromResult<IdempotencyRecord?>(null)
            : db.IdempotencyRecords.AsNoTracking()
                .SingleOrDefaultAsync(r => r.UserId == userId && r.Operation == operation && r.Key == key, cancellationToken);

    /// <summary>
    /// Remembers the result of a request with a key (nothing without one) in the caller's unit of work, so it commits
    /// with the resource. Of two concurrent requests with one key the second fails on the primary key and can replay
    /// the first.
    /// </summary>
    public static void AddIdempotencyRecord(
        this IIdempotencyDbContext db, Guid userId, string operation, string? key, Guid resourceId, DateTimeOffset createdAt,
        string? requestFingerprint = null, string? responseJson = null)
    {
        if (key is not null)
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord
            {
                UserId = userId,
                Operation = operation,
                Key = key,
                RequestFingerprint = requestFingerprint,
                ResourceId = resourceId,
                ResponseJson = responseJson,
                CreatedAt = createdAt,
            });
        }
    }
}
