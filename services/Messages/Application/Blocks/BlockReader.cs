using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Model;
using ChatPlatform.Messages.Rules;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Messages.Application.Blocks;

/// <summary>Block checks on the read and write paths, over the block_intervals projection.</summary>
public sealed class BlockReader(MessagesDbContext db)
{
    public const string DirectKind = "direct";

    /// <summary>True when <paramref name="senderId"/> may not write in this direct session: the other participant blocks them now.</summary>
    public Task<bool> IsBlockedInDirectSessionAsync(Guid sessionId, Guid senderId, CancellationToken cancellationToken) =>
        db.BlockIntervals.AnyAsync(b => b.BlockedId == senderId && b.UnblockedAt == null
            && db.SessionStates.Any(s => s.SessionId == sessionId && s.Kind == DirectKind)
            && db.SessionMembers.Any(m => m.SessionId == sessionId && m.IsActive && m.UserId == b.BlockerId && m.UserId != senderId),
            cancellationToken);

    /// <summary>Whether the viewer has ever blocked anyone; when not, reads skip the filter.</summary>
    public Task<bool> ViewerBlocksAnyoneAsync(Guid viewerId, CancellationToken cancellationToken) =>
        db.BlockIntervals.AnyAsync(b => b.BlockerId == viewerId && (b.UnblockedAt == null || b.UnblockedAt > b.BlockedAt), cancellationToken);

    /// <summary><paramref name="messages"/> less what the viewer's blocks hide.</summary>
    public async Task<IQueryable<Message>> VisibleToAsync(IQueryable<Message> messages, Guid viewerId, CancellationToken cancellationToken) =>
        await ViewerBlocksAnyoneAsync(viewerId, cancellationToken)
            ? messages.Where(BlockVisibility.VisibleTo(db.BlockIntervals, viewerId))
            : messages;

    public async Task<bool> IsHiddenAsync(Guid viewerId, Guid authorId, DateTimeOffset writtenAt, CancellationToken cancellationToken)
    {
        var intervals = await db.BlockIntervals.AsNoTracking()
            .Where(b => b.BlockerId == viewerId && b.BlockedId == authorId).ToListAsync(cancellationToken);
        return BlockVisibility.IsHidden(intervals, authorId, writtenAt);
    }
}
