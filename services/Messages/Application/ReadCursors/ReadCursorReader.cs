using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Model;
using ChatPlatform.ServiceDefaults.Paging;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Messages.Application.ReadCursors;

/// <summary>
/// How far a session's current participants have read ("seen by" when a conversation opens; read_receipt frames keep it
/// live). Newest first: the cursors that moved last, then by user id, keyset-paged.
/// </summary>
public sealed class ReadCursorReader(MessagesDbContext db)
{
    public async Task<IReadOnlyList<ReadCursor>> ListAsync(Guid sessionId, int take, KeysetCursor? after, CancellationToken cancellationToken)
    {
        var afterAt = after?.At.ToUniversalTime();
        var afterUser = after?.Id;
        return await db.ReadCursors.FromSql($"""
            SELECT c.* FROM read_cursors c
            JOIN session_members m ON m.session_id = c.session_id AND m.user_id = c.user_id AND m.is_active
            WHERE c.session_id = {sessionId} AND c.up_to_seq > 0
              AND ({afterAt}::timestamptz IS NULL OR (c.updated_at, c.user_id) < ({afterAt}::timestamptz, {afterUser}::uuid))
            ORDER BY c.updated_at DESC, c.user_id DESC
            LIMIT {take}
            """).AsNoTracking().ToListAsync(cancellationToken);
    }
}
