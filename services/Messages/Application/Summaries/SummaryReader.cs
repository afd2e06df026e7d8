using ChatPlatform.Messages.Application.Blocks;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Rules;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Messages.Application.Summaries;

/// <summary>
/// Unread counts, unread mention counts and last messages for Sessions' list: unread = messages after the caller's
/// read cursor that others wrote (deleted ones and edit/delete event messages excluded); last message = the newest
/// that is not an event message. Messages the caller's blocks hide count for neither. Only sessions the caller
/// participates in are answered.
/// </summary>
public sealed class SummaryReader(MessagesDbContext db, BlockReader blocks)
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

        var shown = (await blocks.VisibleToAsync(db.Messages.AsNoTracking(), userId, cancellationToken)).Where(EventMessages.IsNotEvent);

        var unread = await shown
            .Where(m => mine.Contains(m.ChatSessionId) && m.UserId != userId && !m.Deleted
                && m.Seq > (db.ReadCursors.Where(c => c.SessionId == m.ChatSessionId && c.UserId == userId).Select(c => (long?)c.UpToSeq).FirstOrDefault() ?? 0))
            .GroupBy(m => m.ChatSessionId)
            .Select(g => new { SessionId = g.Key, Count = g.LongCount(), Mentions = g.LongCount(m => m.Mentions.Contains(userId)) })
            .ToDictionaryAsync(g => g.SessionId, cancellationToken);

        var last = (await db.SessionSequences
            .Where(s => mine.Contains(s.SessionId))
            .Select(s => shown.Where(m => m.ChatSessionId == s.SessionId).OrderByDescending(m => m.Seq).FirstOrDefault())
            .ToListAsync(cancellationToken))
            .OfType<Model.Message>()
            .ToDictionary(m => m.ChatSessionId);

        return mine.ToDictionary(
            id => id,
            id => new SessionSummary(
                unread.TryGetValue(id, out var counts) ? counts.Count : 0,
                last.TryGetValue(id, out var message) ? message.ToContract() : null,
                counts?.Mentions ?? 0));
    }
}
