using ChatPlatform.Contracts;
using ChatPlatform.Moderation.Application.Audit;
using ChatPlatform.Moderation.Rules;
using MassTransit;

namespace ChatPlatform.Moderation.Consumers;

/// <summary>Audits <c>participant_removed</c> (actor: who removed; target: who left).</summary>
public sealed class ParticipantRemovedConsumer(AuditWriter audit) : IConsumer<ParticipantRemoved>
{
    public Task Consume(ConsumeContext<ParticipantRemoved> context) =>
        audit.AppendAsync(AuditRecords.ParticipantRemoved(context.Message), context.RequireMessageId(), context.CancellationToken);
}
