using ChatPlatform.Contracts;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Rules;
using ChatPlatform.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Messages.Application.ReadCursors;

/// <summary>mark-read (REST and the MarkRead command): the cursor moves forward only, ReadCursorAdvanced when it moved.</summary>
public sealed class ReadCursorService(MessagesDbContext db, TimeProvider time)
{
    public async Task<ReadCursorResult> MarkReadAsync(Guid sessionId, Guid userId, long? upToSeq, Guid? upToMessageId, CancellationToken cancellationToken)
    {
        var requested = upToSeq ?? 0;
        if (upToMessageId is { } messageId)
        {
            var seq = await db.Messages.Where(m => m.Id == messageId && m.ChatSessionId == sessionId)
                .Select(m => (long?)m.Seq).FirstOrDefaultAsync(cancellationToken);
            if (seq is null)
            {
                return new ReadCursorResult(0, new Dictionary<string, string[]> { ["up_to_message_id"] = ["up_to_message_id must be a message of this session."] });
            }
            requested = seq.Value;
        }

        var lastSeq = await db.SessionSequences.Where(s => s.SessionId == sessionId).Select(s => s.LastSeq).FirstOrDefaultAsync(cancellationToken);
        var target = ReadCursorRule.Target(requested, lastSeq);
        var now = time.GetUtcNow();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var moved = await db.Database.SqlQuery<long>($"""
            INSERT INTO read_cursors AS c (session_id, user_id, up_to_seq, updated_at) VALUES ({sessionId}, {userId}, {target}, {now})
            ON CONFLICT (session_id, user_id) DO UPDATE SET up_to_seq = EXCLUDED.up_to_seq, updated_at = EXCLUDED.updated_at
            WHERE c.up_to_seq < EXCLUDED.up_to_seq
            RETURNING up_to_seq AS "Value"
            """).ToListAsync(cancellationToken);
        long cursor;
        if (moved.Count == 1)
        {
            cursor = moved[0];
            if (cursor > 0)
            {
                db.AddOutboxMessage(new ReadCursorAdvanced(sessionId, userId, cursor, now));
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        else
        {
            cursor = await db.ReadCursors.Where(c => c.SessionId == sessionId && c.UserId == userId)
                .Select(c => c.UpToSeq).SingleAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return new ReadCursorResult(cursor);
    }
}
