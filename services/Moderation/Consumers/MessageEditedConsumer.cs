using ChatPlatform.Contracts;
using ChatPlatform.Moderation.Application.Audit;
using ChatPlatform.Moderation.Rules;
using MassTransit;

namespace ChatPlatform.Moderation.Consumers;

/// <summary>Audits <c>message_edited</c> with the previous and new content (actor: the editor; target: the author).</summary>
public sealed class MessageEditedConsumer(AuditWriter audit) : IConsumer<MessageEdited>
{
    public Task Consume(ConsumeContext<MessageEdited> context) =>
        audit.AppendAsync(AuditRecords.MessageEdited(context.Message), context.RequireMessageId(), context.CancellationToken);
}
