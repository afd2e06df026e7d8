using System.Linq.Expressions;
using ChatPlatform.Messages.Model;

namespace ChatPlatform.Messages.Rules;

/// <summary>
/// Whether a viewer sees a message (design: blocking). A message by A is hidden from V when V currently blocks A,
/// or when it was written inside a past interval in which V blocked A: unblocking shows what comes after it.
/// </summary>
public static class BlockVisibility
{
    public static bool Hides(BlockInterval interval, DateTimeOffset writtenAt) =>
        interval.UnblockedAt is not { } until || (writtenAt >= interval.BlockedAt && writtenAt < until);

    public static bool IsHidden(IEnumerable<BlockInterval> viewersBlocks, Guid authorId, DateTimeOffset writtenAt) =>
        viewersBlocks.Any(b => b.BlockedId == authorId && Hides(b, writtenAt));

    /// <summary>The same rule for a database query over the viewer's intervals.</summary>
    public static Expression<Func<Message, bool>> VisibleTo(IQueryable<BlockInterval> intervals, Guid viewerId) =>
        m => !intervals.Any(b => b.BlockerId == viewerId && b.BlockedId == m.UserId
            && (b.UnblockedAt == null || (m.CreatedAt >= b.BlockedAt && m.CreatedAt < b.UnblockedAt)));
}
