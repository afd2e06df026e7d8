using ChatPlatform.Contracts;
using ChatPlatform.Messages.Attachments;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Rules;
using ChatPlatform.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Messages.Application;

/// <summary>The send use case shared by REST and the SendMessage bus command.</summary>
public sealed class MessageSender(
    MessagesDbContext db,
    MessageWriter writer,
    SessionAccessResolver access,
    OutboxSignal outbox,
    TimeProvider time,
    ContentPolicy policy,
    BlockReader blocks,
    MentionResolver mentions,
    MessageAttachmentResolver attachmentResolver)
{
    /// <param name="bearerToken">The caller's token for the cold path; null for bus sends.</param>
    public async Task<SendResult> SendAsync(Guid sessionId, Guid userId, MessageDraft draft, string? bearerToken, CancellationToken cancellationToken)
    {
        var validation = MessageRules.Validate(draft, policy.MaxLength);
        if (validation.Message is not { } valid)
        {
            return SendResult.Invalid(validation.Errors);
        }
        var content = policy.Check(valid.Content);
        if (content.Rejected)
        {
            return SendResult.Invalid(new Dictionary<string, string[]> { ["content"] = [ContentCheck.RejectedMessage] });
        }
        valid = valid with { Content = content.Content };

        var session = await access.ResolveAsync(sessionId, userId, bearerToken, cancellationToken);
        if (session.Unavailable)
        {
            return SendResult.Unavailable();
        }
        if (!session.IsMember)
        {
            return SendResult.NotFound();
        }
        if (session.Closed)
        {
            var earlier = valid.ClientMessageId is null ? null : await FindAsync(sessionId, userId, valid.ClientMessageId, cancellationToken);
            return earlier is null ? SendResult.Closed() : SendResult.Stored(earlier);
        }
        if (await blocks.IsBlockedInDirectSessionAsync(sessionId, userId, cancellationToken))
        {
            return SendResult.Blocked();
        }
        if (valid.ReplyToId is { } replyTo && !await db.Messages.AnyAsync(m => m.Id == replyTo && m.ChatSessionId == sessionId, cancellationToken))
        {
            return SendResult.Invalid(new Dictionary<string, string[]> { ["reply_to_id"] = ["reply_to_id must be a message of this session."] });
        }
        var attachments = await attachmentResolver.ResolveAsync(sessionId, userId, valid.MessageType, valid.AttachmentIds, cancellationToken);
        if (attachments.Errors is { } attachmentErrors)
        {
            return SendResult.Invalid(attachmentErrors);
        }

        var message = new ChatMessage(
            Guid.CreateVersion7(), sessionId, userId, valid.MessageType, valid.Content,
            valid.ClientMessageId ?? Guid.CreateVersion7().ToString(), Seq: 0,
            MessageMapping.ToStoredPrecision(time.GetUtcNow()), EditedAt: null, Deleted: false, valid.ReplyToId,
            await mentions.ResolveAsync(sessionId, valid.Content, valid.Mentions, cancellationToken), valid.AttachmentIds, valid.MetadataJson,
            attachments.Items);
        var seq = await writer.InsertAsync(message, cancellationToken);
        if (seq is null)
        {
            var first = await FindAsync(sessionId, userId, message.ClientMessageId!, cancellationToken);
            return first is null ? SendResult.Unavailable() : SendResult.Stored(first);
        }
        outbox.Notify();
        return SendResult.Stored(message with { Seq = seq.Value });
    }

    private async Task<ChatMessage?> FindAsync(Guid sessionId, Guid userId, string clientMessageId, CancellationToken cancellationToken)
    {
        var message = await db.Messages.AsNoTracking()
            .FirstOrDefaultAsync(m => m.ChatSessionId == sessionId && m.UserId == userId && m.ClientMessageId == clientMessageId, cancellationToken);
        return message?.ToContract();
    }
}
