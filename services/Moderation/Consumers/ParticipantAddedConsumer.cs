using ChatPlatform.Contracts;
using ChatPlatform.Moderation.Application.Audit;
using ChatPlatform.Moderation.Rules;
using MassTransit;

namespace ChatPlatform.Moderation.Consumers;

/// <summary>Audits <c>participant_added</c> (actor: who added; target: who joined).</summary>
public sealed class ParticipantAddedConsumer(AuditWriter audit) : IConsumer<ParticipantAdded>
{
    public Task Consume(ConsumeContext<ParticipantAdded> context) =>
        audit.AppendAsync(AuditRecords.ParticipantAdded(context.Message), context.RequireMessageId(), context.CancellationToken);
}
