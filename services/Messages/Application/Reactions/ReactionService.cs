using ChatPlatform.Messages.Application;
using ChatPlatform.Contracts;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Rules;
using ChatPlatform.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Messages.Application.Reactions;

/// <summary>
/// Adds and removes reactions (no seq). A change queues ReactionChanged with the message's full counts in the same
/// transaction; adding a reaction the user already has, or removing one they do not, changes nothing.
/// </summary>
public sealed class ReactionService(MessagesDbContext db, MessageLookup lookup, ReactionReader reactions, TimeProvider time)
{
    public Task<MessageOutcome> AddAsync(Guid messageId, Guid userId, bool isAdmin, string? emoji, string? bearerToken, CancellationToken cancellationToken) =>
        MessagesTracing.TraceChangeAsync("add reaction", messageId, () => ChangeAsync(messageId, userId, isAdmin, emoji, bearerToken, added: true, cancellationToken));

    public Task<MessageOutcome> RemoveAsync(Guid messageId, Guid userId, bool isAdmin, string? emoji, string? bearerToken, CancellationToken cancellationToken) =>
        MessagesTracing.TraceChangeAsync("remove reaction", messageId, () => ChangeAsync(messageId, userId, isAdmin, emoji, bearerToken, added: false, cancellationToken));

    private async Task<MessageOutcome> ChangeAsync(Guid messageId, Guid userId, bool isAdmin, string? emoji, string? bearerToken, bool added, CancellationToken cancellationToken)
    {
        if (!EmojiRule.IsValid(emoji))
        {
            return MessageOutcome.Invalid("emoji", $"emoji must be 1 to {EmojiRule.MaxLength} characters without whitespace.");
        }
        var target = await lookup.FindAsync(messageId, userId, isAdmin, bearerToken, applyBlocks: true, cancellationToken);
        if (target.Message is not { } message)
        {
            return target.Refusal!;
        }
        if (message.Deleted)
        {
            return MessageOutcome.Conflict("A deleted message takes no reactions.");
        }
        if (target.Session.Closed)
        {
            return MessageOutcome.Closed();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var changed = added
            ? await db.Database.ExecuteSqlAsync($"""
                INSERT INTO message_reactions (message_id, emoji, user_id, created_at) VALUES ({messageId}, {emoji}, {userId}, {now})
                ON CONFLICT DO NOTHING
                """, cancellationToken)
            : await db.Database.ExecuteSqlAsync(
                $"DELETE FROM message_reactions WHERE message_id = {messageId} AND emoji = {emoji} AND user_id = {userId}", cancellationToken);
        if (changed > 0)
        {
            var counts = await reactions.CountsAsync(messageId, cancellationToken);
            db.AddOutboxMessage(new ReactionChanged(messageId, message.ChatSessionId, userId, emoji!, added, counts, now));
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return MessageOutcome.Done(message.ToContract(), changed > 0);
    }
}
