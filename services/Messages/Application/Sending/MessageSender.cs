using ChatPlatform.Contracts;
using ChatPlatform.Messages.Application.Attachments;
using ChatPlatform.Messages.Application.Membership;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Rules;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Messages.Application.Sending;

/// <summary>
/// The rules and the store of a send, shared by REST and the SendMessage bus command (through <see cref="SendMessageHandler"/>,
/// which puts the rate limit in front). A plain text send costs one statement (<see cref="MessageWriter.SendAsync"/>)
/// that checks membership, the session's state, blocks and the client_message_id and stores the message.
/// </summary>
public sealed class MessageSender(
    MessagesDbContext db,
    MessageWriter writer,
    SessionAccessResolver access,
    TimeProvider time,
    ContentPolicy policy,
    MentionResolver mentions,
    MessageAttachmentResolver attachmentResolver)
{
    /// <param name="bearerToken">The caller's token for the cold path; null for bus sends.</param>
    public async Task<SendResult> SendAsync(Guid sessionId, Guid userId, MessageDraft draft, string? bearerToken, CancellationToken cancellationToken)
    {
        var prepared = await PrepareAsync(sessionId, userId, draft, bearerToken, cancellationToken);
        if (prepared.Message is not { } message)
        {
            return prepared.Refusal!;
        }
        var result = await writer.SendAsync(message, cancellationToken);
        return await CompleteAsync(message, result, bearerToken, cancellationToken);
    }

    /// <summary>
    /// Everything a send is decided on before the statement: the message rules and the content policy, and for a
    /// reply, attachments or @mentions the checks against the session's data. Either the message to store or the refusal.
    /// </summary>
    public async Task<PreparedSend> PrepareAsync(Guid sessionId, Guid userId, MessageDraft draft, string? bearerToken, CancellationToken cancellationToken)
    {
        var validation = MessageRules.Validate(draft, policy.MaxLength);
        if (validation.Message is not { } valid)
        {
            return PreparedSend.Refused(SendResult.Invalid(validation.Errors));
        }
        var content = policy.Check(valid.Content);
        if (content.Rejected)
        {
            return PreparedSend.Refused(SendResult.Invalid(new Dictionary<string, string[]> { ["content"] = [ContentCheck.RejectedMessage] }));
        }
        valid = valid with { Content = content.Content };

        var mentioned = valid.Mentions;
        var attachments = MessageAttachments.None;
        if (valid.ReplyToId is not null || valid.AttachmentIds.Count > 0 || MentionParser.MayMention(valid.Content))
        {
            // A reply, attachments or @mentions are checked against the session's data, so membership comes first:
            // they must tell an outsider nothing.
            var session = await access.ResolveAsync(sessionId, userId, bearerToken, cancellationToken);
            if (!session.IsMember)
            {
                return PreparedSend.Refused(SendResult.NotFound());
            }
            if (!session.Closed)
            {
                if (valid.ReplyToId is { } replyTo && !await db.Messages.AnyAsync(m => m.Id == replyTo && m.ChatSessionId == sessionId, cancellationToken))
                {
                    return PreparedSend.Refused(SendResult.Invalid(new Dictionary<string, string[]> { ["reply_to_id"] = ["reply_to_id must be a message of this session."] }));
                }
                attachments = await attachmentResolver.ResolveAsync(sessionId, userId, valid.MessageType, valid.AttachmentIds, cancellationToken);
                if (attachments.Errors is { } attachmentErrors)
                {
                    return PreparedSend.Refused(SendResult.Invalid(attachmentErrors));
                }
                mentioned = await mentions.ResolveAsync(sessionId, valid.Content, valid.Mentions, cancellationToken);
            }
        }

        return PreparedSend.Ready(new ChatMessage(
            Guid.CreateVersion7(), sessionId, userId, valid.MessageType, valid.Content,
            valid.ClientMessageId ?? Guid.CreateVersion7().ToString(), Seq: 0,
            MessageMapping.ToStoredPrecision(time.GetUtcNow()), EditedAt: null, Deleted: false, valid.ReplyToId,
            mentioned, valid.AttachmentIds, valid.MetadataJson, attachments.Items));
    }

    /// <summary>
    /// The answer to the statement's outcome. A sender the membership projection does not know yet gets the cold
    /// path (Sessions asked) and the statement once more; a repeated client_message_id gets the first message.
    /// </summary>
    public async Task<SendResult> CompleteAsync(ChatMessage message, InsertResult result, string? bearerToken, CancellationToken cancellationToken)
    {
        var (sessionId, userId) = (message.ChatSessionId, message.UserId);
        if (result.Outcome == InsertOutcome.NotMember)
        {
            // A bus send may come before the projection heard of the session or the member: it waits, then once more.
            var session = await access.ResolveAsync(sessionId, userId, bearerToken, cancellationToken);
            if (!session.IsMember)
            {
                return SendResult.NotFound();
            }
            result = await writer.SendAsync(message, cancellationToken);
        }
        switch (result.Outcome)
        {
            case InsertOutcome.Stored:
                return SendResult.Stored(message with { Seq = result.Seq });
            case InsertOutcome.NotMember:
                return SendResult.NotFound();
            case InsertOutcome.Blocked:
                return SendResult.Blocked();
            case InsertOutcome.Closed when !result.Duplicate:
                return SendResult.Closed();
            default:
                var first = await FindAsync(sessionId, userId, message.ClientMessageId!, cancellationToken);
                return first is null ? SendResult.Unavailable() : SendResult.Resent(first);
        }
    }

    private async Task<ChatMessage?> FindAsync(Guid sessionId, Guid userId, string clientMessageId, CancellationToken cancellationToken)
    {
        var message = await db.Messages.AsNoTracking()
            .FirstOrDefaultAsync(m => m.ChatSessionId == sessionId && m.UserId == userId && m.ClientMessageId == clientMessageId, cancellationToken);
        return message?.ToContract();
    }
}
