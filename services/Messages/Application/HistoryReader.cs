using ChatPlatform.Contracts;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Rules;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Messages.Application;

/// <summary>Pages through a session's messages by seq over the unique (chat_session_id, seq) index.</summary>
public sealed class HistoryReader(MessagesDbContext db)
{
    public async Task<(IReadOnlyList<ChatMessage> Items, string? NextCursor)> ReadAsync(Guid sessionId, HistoryQuery query, CancellationToken cancellationToken)
    {
        var messages = db.Messages.AsNoTracking().Where(m => m.ChatSessionId == sessionId);
        if (query.AfterSeq is { } after)
        {
            messages = messages.Where(m => m.Seq > after);
        }
        if (query.BeforeSeq is { } before)
        {
            messages = messages.Where(m => m.Seq < before);
        }
        messages = query.OldestFirst ? messages.OrderBy(m => m.Seq) : messages.OrderByDescending(m => m.Seq);

        var rows = await messages.Take(query.Limit + 1).ToListAsync(cancellationToken);
        var (take, nextCursor) = query.Page(rows.ConvertAll(m => m.Seq));
        return (rows.Take(take).Select(m => m.ToContract()).ToList(), nextCursor);
    }
}
