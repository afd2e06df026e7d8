using ChatPlatform.Messages.Application.Blocks;
using ChatPlatform.Messages.Application.Membership;
using ChatPlatform.Messages.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Messages.Application;

/// <summary>
/// Finds a message for a caller: participants of its session (admins: any known session) may read it, unless a
/// block hides it from them. Anyone else gets not_found, so existence never leaks.
/// </summary>
public sealed class MessageLookup(MessagesDbContext db, SessionAccessResolver access, BlockReader blocks)
{
    /// <param name="applyBlocks">False for Moderation's reports: a blocker may still report what they were sent.</param>
    public async Task<MessageTarget> FindAsync(Guid messageId, Guid userId, bool isAdmin, string? bearerToken, bool applyBlocks, CancellationToken cancellationToken)
    {
        var message = await db.Messages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == messageId, cancellationToken);
        if (message is null)
        {
            return new MessageTarget(null, SessionAccess.Unknown, MessageOutcome.NotFound());
        }
        var session = await access.ResolveAsync(message.ChatSessionId, userId, bearerToken, cancellationToken);
        if (!session.IsMember && !(isAdmin && session.Known))
        {
            return new MessageTarget(null, session, MessageOutcome.NotFound());
        }
        if (applyBlocks && message.UserId != userId && await blocks.IsHiddenAsync(userId, message.UserId, message.CreatedAt, cancellationToken))
        {
            return new MessageTarget(null, session, MessageOutcome.NotFound());
        }
        return new MessageTarget(message, session, null);
    }
}
