using ChatPlatform.Contracts;
using ChatPlatform.Moderation.Application.Audit;
using ChatPlatform.Moderation.Rules;
using MassTransit;

namespace ChatPlatform.Moderation.Consumers;

/// <summary>Audits <c>session_transferred</c> (actor: who transferred; target: the new agent).</summary>
public sealed class SupportSessionTransferredConsumer(AuditWriter audit) : IConsumer<SupportSessionTransferred>
{
    public Task Consume(ConsumeContext<SupportSessionTransferred> context) =>
        audit.AppendAsync(AuditRecords.SessionTransferred(context.Message), context.RequireMessageId(), context.CancellationToken);
}
