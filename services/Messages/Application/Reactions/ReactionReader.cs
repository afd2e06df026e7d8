using ChatPlatform.Messages.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Messages.Application.Reactions;

/// <summary>Reaction counts per emoji for a page of messages, in one query.</summary>
public sealed class ReactionReader(MessagesDbContext db)
{
    public async Task<Dictionary<Guid, IReadOnlyDictionary<string, int>>> CountsAsync(IReadOnlyCollection<Guid> messageIds, CancellationToken cancellationToken)
    {
        if (messageIds.Count == 0)
        {
            return [];
        }
        var rows = await db.MessageReactions
            .Where(r => messageIds.Contains(r.MessageId))
            .GroupBy(r => new { r.MessageId, r.Emoji })
            .Select(g => new { g.Key.MessageId, g.Key.Emoji, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.MessageId).ToDictionary(g => g.Key, g => ReactionCounts.Ordered(g.Select(r => (r.Emoji, r.Count))));
    }

    public async Task<IReadOnlyDictionary<string, int>> CountsAsync(Guid messageId, CancellationToken cancellationToken) =>
        (await CountsAsync([messageId], cancellationToken)).GetValueOrDefault(messageId) ?? new Dictionary<string, int>();
}
