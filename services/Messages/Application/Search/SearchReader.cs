using ChatPlatform.Contracts;
using ChatPlatform.Messages.Application.Blocks;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Model;
using ChatPlatform.Messages.Rules;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Messages.Application.Search;

/// <summary>
/// Full-text search (<c>websearch_to_tsquery('simple', q)</c> over the stored <c>search_vector</c> column, GIN
/// index) in the sessions the caller participates in (admins: all), newest first; deleted, system and
/// block-hidden messages are left out.
/// </summary>
public sealed class SearchReader(MessagesDbContext db, BlockReader blocks)
{
    public async Task<(IReadOnlyList<ChatMessage> Items, string? NextCursor)> SearchAsync(Guid viewerId, bool isAdmin, SearchQuery query, CancellationToken cancellationToken)
    {
        var matches = query.Before is { } before
            ? db.Messages.FromSql($"SELECT * FROM messages WHERE search_vector @@ websearch_to_tsquery('simple', {query.Text}) AND id < {before}")
            : db.Messages.FromSql($"SELECT * FROM messages WHERE search_vector @@ websearch_to_tsquery('simple', {query.Text})");
        matches = matches.AsNoTracking().Where(m => !m.Deleted && m.MessageType != MessageTypes.System);
        if (query.SessionId is { } sessionId)
        {
            matches = matches.Where(m => m.ChatSessionId == sessionId);
        }
        if (!isAdmin)
        {
            matches = matches.Where(m => db.SessionMembers.Any(s => s.SessionId == m.ChatSessionId && s.UserId == viewerId && s.IsActive));
        }
        matches = await blocks.VisibleToAsync(matches, viewerId, cancellationToken);

        var rows = await matches.OrderByDescending(m => m.Id).Take(query.Limit + 1).ToListAsync(cancellationToken);
        var page = rows.Take(query.Limit).ToList();
        return (page.ConvertAll(m => m.ToContract()), rows.Count > query.Limit ? page[^1].Id.ToString() : null);
    }
}
