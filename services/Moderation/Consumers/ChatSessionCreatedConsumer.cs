using ChatPlatform.Contracts;
using ChatPlatform.Moderation.Application.Audit;
using ChatPlatform.Moderation.Rules;
using MassTransit;

namespace ChatPlatform.Moderation.Consumers;

/// <summary>Audits <c>session_created</c> (actor: the creator).</summary>
public sealed class ChatSessionCreatedConsumer(AuditWriter audit) : IConsumer<ChatSessionCreated>
{
    public Task Consume(ConsumeContext<ChatSessionCreated> context) =>
        audit.AppendAsync(AuditRecords.SessionCreated(context.Message), context.RequireMessageId(), context.CancellationToken);
}
