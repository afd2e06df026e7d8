using ChatPlatform.Contracts;
using ChatPlatform.Moderation.Application.Audit;
using ChatPlatform.Moderation.Rules;
using MassTransit;

namespace ChatPlatform.Moderation.Consumers;

/// <summary>Audits <c>session_accepted</c> (actor: the accepting agent, none for routing; target: the agent).</summary>
public sealed class SupportSessionAssignedConsumer(AuditWriter audit) : IConsumer<SupportSessionAssigned>
{
    public Task Consume(ConsumeContext<SupportSessionAssigned> context) =>
        audit.AppendAsync(AuditRecords.SessionAssigned(context.Message), context.RequireMessageId(), context.CancellationToken);
}
