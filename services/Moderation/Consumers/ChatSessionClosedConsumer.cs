using ChatPlatform.Contracts;
using ChatPlatform.Moderation.Application.Audit;
using ChatPlatform.Moderation.Rules;
using MassTransit;

namespace ChatPlatform.Moderation.Consumers;

/// <summary>Audits <c>session_closed</c> (actor: whoever closed it).</summary>
public sealed class ChatSessionClosedConsumer(AuditWriter audit) : IConsumer<ChatSessionClosed>
{
    public Task Consume(ConsumeContext<ChatSessionClosed> context) =>
        audit.AppendAsync(AuditRecords.SessionClosed(context.Message), context.RequireMessageId(), context.CancellationToken);
}
