using ChatPlatform.Contracts;
using ChatPlatform.Moderation.Application.Audit;
using ChatPlatform.Moderation.Rules;
using MassTransit;

namespace ChatPlatform.Moderation.Consumers;

/// <summary>Audits <c>message_deleted</c> (actor: who deleted; target: the author).</summary>
public sealed class MessageDeletedConsumer(AuditWriter audit) : IConsumer<MessageDeleted>
{
    public Task Consume(ConsumeContext<MessageDeleted> context) =>
        audit.AppendAsync(AuditRecords.MessageDeleted(context.Message), context.RequireMessageId(), context.CancellationToken);
}
