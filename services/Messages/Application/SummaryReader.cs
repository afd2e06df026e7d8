using ChatPlatform.Messages.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Messages.Application;

/// <summary>
/// Unread counts and last messages for Sessions' list: unread = messages after the caller's read cursor that
/// others wrote (deleted ones excluded). Only sessions the caller participates in are answered.
/// </summary>
public sealed class SummaryReader(MessagesDbContext db)
{
    public async Task<Dictionary<Guid, SessionSummary>> ReadAsync(Guid userId, IReadOnlyCollection<Guid> sessionIds, CancellationToken cancellationToken)
    {
        var mine = await db.SessionMembers
            .Where(m => m.UserId == userId && m.IsActive && sessionIds.Contains(m.SessionId))
            .Select(m => m.SessionId)
            .ToListAsync(cancellationToken);
        if (mine.Count == 0)
        {
            return [];
        }

        var unread = await db.Messages
            .Where(m => mine.Contains(m.ChatSessionId) && m.UserId != userId && !m.Deleted
                && m.Seq > (db.ReadCursors.Where(c => c.SessionId == m.ChatSessionId && c.UserId == userId).Select(c => (long?)c.UpToSeq).FirstOrDefault() ?? 0))
            .GroupBy(m => m.ChatSessionId)
            .Select(g => new { SessionId = g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(g => g.SessionId, g => g.Count, cancellationToken);

        var last = await (
            from sequence in db.SessionSequences
            where mine.Contains(sequence.SessionId)
            join message in db.Messages on new { SessionId = sequence.SessionId, Seq = sequence.LastSeq } equals new { SessionId = message.ChatSessionId, message.Seq }
            select message)
            .AsNoTracking()
            .ToDictionaryAsync(m => m.ChatSessionId, cancellationToken);

        return mine.ToDictionary(
            id => id,
            id => new SessionSummary(unread.GetValueOrDefault(id), last.TryGetValue(id, out var message) ? message.ToContract() : null));
    }
}
