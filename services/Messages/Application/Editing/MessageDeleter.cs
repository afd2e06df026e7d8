using ChatPlatform.Messages.Application;
using ChatPlatform.Contracts;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Model;
using ChatPlatform.Messages.Rules;
using ChatPlatform.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Messages.Application.Editing;

/// <summary>
/// Soft delete by the author or an admin: the message stays as a tombstone (content cleared), a message_deleted
/// event message takes the session's next seq and MessageDeleted is queued, all in one transaction. Deleting a
/// tombstone again returns it unchanged.
/// </summary>
public sealed class MessageDeleter(MessagesDbContext db, MessageLookup lookup, SystemMessagePoster poster, TimeProvider time)
{
    public Task<MessageOutcome> DeleteAsync(Guid messageId, Guid userId, bool isAdmin, string? bearerToken, CancellationToken cancellationToken) =>
        MessagesTracing.TraceChangeAsync("delete message", messageId, () => DeleteCoreAsync(messageId, userId, isAdmin, bearerToken, cancellationToken));

    private async Task<MessageOutcome> DeleteCoreAsync(Guid messageId, Guid userId, bool isAdmin, string? bearerToken, CancellationToken cancellationToken)
    {
        var target = await lookup.FindAsync(messageId, userId, isAdmin, bearerToken, applyBlocks: true, cancellationToken);
        if (target.Message is not { } message)
        {
            return target.Refusal!;
        }
        if (message.UserId != userId && !isAdmin)
        {
            return MessageOutcome.Forbidden("Only the author or an admin can delete a message.");
        }
        if (message.MessageType == MessageTypes.System)
        {
            return MessageOutcome.Conflict("System messages cannot be deleted.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = (await db.Messages.FromSql($"SELECT * FROM messages WHERE id = {messageId} FOR UPDATE").ToListAsync(cancellationToken)).Single();
        if (row.Deleted)
        {
            return MessageOutcome.Done(row.ToContract(), changed: false);
        }
        var now = MessageMapping.ToStoredPrecision(time.GetUtcNow());
        row.Deleted = true;
        row.Content = string.Empty;
        db.AddOutboxMessage(new MessageDeleted(messageId, row.ChatSessionId, row.UserId, userId, now));
        await db.SaveChangesAsync(cancellationToken);
        await poster.PostAsync(row.ChatSessionId, userId, string.Empty, EventMessages.DeletedMetadata(messageId), now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return MessageOutcome.Done(row.ToContract());
    }
}
