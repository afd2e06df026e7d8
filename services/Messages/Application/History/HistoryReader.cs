using ChatPlatform.Contracts;
using ChatPlatform.Messages.Application.Blocks;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Rules;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Messages.Application.History;

/// <summary>
/// Pages through a session's messages by seq over the unique (chat_session_id, seq) index, less what the viewer's
/// blocks hide (which leaves seq gaps in that viewer's history).
/// </summary>
public sealed class HistoryReader(MessagesDbContext db, BlockReader blocks)
{
    public async Task<(IReadOnlyList<ChatMessage> Items, string? NextCursor)> ReadAsync(Guid sessionId, Guid viewerId, HistoryQuery query, CancellationToken cancellationToken)
    {
        var messages = await blocks.VisibleToAsync(db.Messages.AsNoTracking().Where(m => m.ChatSessionId == sessionId), viewerId, cancellationToken);
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
