using ChatPlatform.Messages.Application;
using ChatPlatform.Contracts;
using ChatPlatform.Messages.Application.Blocks;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Model;
using ChatPlatform.Messages.Rules;
using ChatPlatform.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Messages.Application.Editing;

/// <summary>
/// Edit by the author: the content policy applies as on a send; the old content goes to message_edits, and in the
/// same transaction a message_updated event message takes the session's next seq and MessageEdited is queued.
/// </summary>
public sealed class MessageEditor(
    MessagesDbContext db,
    MessageLookup lookup,
    ContentPolicy policy,
    BlockReader blocks,
    MentionResolver mentions,
    SystemMessagePoster poster,
    TimeProvider time)
{
    public Task<MessageOutcome> EditAsync(Guid messageId, Guid userId, bool isAdmin, string? content, string? bearerToken, CancellationToken cancellationToken) =>
        MessagesTracing.TraceChangeAsync("edit message", messageId, () => EditCoreAsync(messageId, userId, isAdmin, content, bearerToken, cancellationToken));

    private async Task<MessageOutcome> EditCoreAsync(Guid messageId, Guid userId, bool isAdmin, string? content, string? bearerToken, CancellationToken cancellationToken)
    {
        var target = await lookup.FindAsync(messageId, userId, isAdmin, bearerToken, applyBlocks: true, cancellationToken);
        if (target.Message is not { } message)
        {
            return target.Refusal!;
        }
        if (message.UserId != userId)
        {
            return MessageOutcome.Forbidden("Only the author can edit a message.");
        }
        if (message.MessageType == MessageTypes.System || message.Deleted)
        {
            return MessageOutcome.Conflict("System and deleted messages cannot be edited.");
        }
        if (target.Session.Closed)
        {
            return MessageOutcome.Closed();
        }
        if (ValidateContent(message.MessageType, content ?? string.Empty) is { } invalid)
        {
            return invalid;
        }
        var check = policy.Check(content!);
        if (check.Rejected)
        {
            return MessageOutcome.Invalid("content", ContentCheck.RejectedMessage);
        }
        if (await blocks.IsBlockedInDirectSessionAsync(message.ChatSessionId, userId, cancellationToken))
        {
            return MessageOutcome.Blocked();
        }
        var mentioned = await mentions.ResolveAsync(message.ChatSessionId, check.Content, MessageRules.MetadataMentions(message.Metadata), cancellationToken);
        return await StoreAsync(messageId, userId, check.Content, mentioned, cancellationToken);
    }

    private MessageOutcome? ValidateContent(string messageType, string content)
    {
        if (messageType == MessageTypes.Text && string.IsNullOrWhiteSpace(content))
        {
            return MessageOutcome.Invalid("content", "content must not be empty.");
        }
        return MessageRules.CountCharacters(content) > policy.MaxLength
            ? MessageOutcome.Invalid("content", $"content must be at most {policy.MaxLength} characters.")
            : null;
    }

    private async Task<MessageOutcome> StoreAsync(Guid messageId, Guid userId, string content, IReadOnlyList<Guid> mentioned, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = (await db.Messages.FromSql($"SELECT * FROM messages WHERE id = {messageId} FOR UPDATE").ToListAsync(cancellationToken)).Single();
        if (row.Deleted)
        {
            return MessageOutcome.Conflict("System and deleted messages cannot be edited.");
        }
        var now = MessageMapping.ToStoredPrecision(time.GetUtcNow());
        db.MessageEdits.Add(new MessageEdit
        {
            Id = Guid.CreateVersion7(), MessageId = messageId, EditedBy = userId, PreviousContent = row.Content, Content = content, EditedAt = now,
        });
        db.AddOutboxMessage(new MessageEdited(messageId, row.ChatSessionId, row.UserId, userId, row.Content, content, now));
        row.Content = content;
        row.EditedAt = now;
        row.Mentions = [.. mentioned];
        await db.SaveChangesAsync(cancellationToken);
        await poster.PostAsync(row.ChatSessionId, userId, string.Empty, EventMessages.UpdatedMetadata(messageId, content, now), now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return MessageOutcome.Done(row.ToContract());
    }
}
