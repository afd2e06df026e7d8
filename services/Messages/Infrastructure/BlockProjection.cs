using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Messages.Infrastructure;

/// <summary>
/// Writes block intervals from UserBlocked / UserUnblocked. Idempotent (at most one open interval per pair) and
/// tolerant of the two event types arriving out of order: an unblock that finds no open interval leaves a
/// zero-length marker, and a later-arriving block that happened before it is closed at that marker's time.
/// </summary>
public sealed class BlockProjection(MessagesDbContext db)
{
    public Task<int> BlockAsync(Guid blockerId, Guid blockedId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var blockedAt = MessageMapping.ToStoredPrecision(at);
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO block_intervals (blocker_id, blocked_id, blocked_at, unblocked_at)
            SELECT {blockerId}, {blockedId}, {blockedAt}, (
                SELECT min(o.unblocked_at) FROM block_intervals o
                WHERE o.blocker_id = {blockerId} AND o.blocked_id = {blockedId}
                  AND o.blocked_at = o.unblocked_at AND o.unblocked_at >= {blockedAt})
            ON CONFLICT DO NOTHING
            """, cancellationToken);
    }

    public async Task UnblockAsync(Guid blockerId, Guid blockedId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var unblockedAt = MessageMapping.ToStoredPrecision(at);
        var closed = await db.Database.ExecuteSqlAsync($"""
            UPDATE block_intervals SET unblocked_at = {unblockedAt}
            WHERE blocker_id = {blockerId} AND blocked_id = {blockedId} AND unblocked_at IS NULL AND blocked_at <= {unblockedAt}
            """, cancellationToken);
        if (closed == 0)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO block_intervals (blocker_id, blocked_id, blocked_at, unblocked_at)
                VALUES ({blockerId}, {blockedId}, {unblockedAt}, {unblockedAt})
                ON CONFLICT DO NOTHING
                """, cancellationToken);
        }
    }
}
