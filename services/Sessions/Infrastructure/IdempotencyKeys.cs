using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Sessions.Infrastructure;

/// <summary><c>Idempotency-Key</c> handling for create requests: a retry with the same key gets the first result.</summary>
public static class IdempotencyKeys
{
    public const string HeaderName = "Idempotency-Key";
    public const int MaxLength = 200;
    public const string CreateSession = "create_session";
    public const string CreateRoom = "create_room";
    public const string CreateCannedResponse = "create_canned_response";

    public static bool IsValid(string? key) => key is null || (key.Length <= MaxLength && !string.IsNullOrWhiteSpace(key));

    public static Task<Guid?> FindResourceAsync(this SessionsDbContext db, Guid userId, string operation, string? key, CancellationToken cancellationToken) =>
        key is null
            ? Task.FromResult<Guid?>(null)
            : db.IdempotencyRecords
                .Where(r => r.UserId == userId && r.Operation == operation && r.Key == key)
                .Select(r => (Guid?)r.ResourceId)
                .SingleOrDefaultAsync(cancellationToken);

    public static void Remember(this SessionsDbContext db, Guid userId, string operation, string? key, Guid resourceId, DateTimeOffset now)
    {
        if (key is not null)
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord { UserId = userId, Operation = operation, Key = key, ResourceId = resourceId, CreatedAt = now });
        }
    }
}
