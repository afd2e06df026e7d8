using ChatPlatform.Contracts;
using ChatPlatform.Messages.Application;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Rules;
using MassTransit;

namespace ChatPlatform.Messages.Consumers;

/// <summary>Adds a session_assigned system message (<c>metadata {event, agent_id}</c>) that every participant sees.</summary>
public sealed class SupportSessionAssignedConsumer(InboxTransaction inbox, SystemMessagePoster poster) : IConsumer<SupportSessionAssigned>
{
    public Task Consume(ConsumeContext<SupportSessionAssigned> context)
    {
        var assigned = context.Message;
        // Automatic routing assigns with AssignedBy = Guid.Empty: the agent then stands as the one who caused it.
        var actor = assigned.AssignedBy == Guid.Empty ? assigned.AgentId : assigned.AssignedBy;
        return inbox.RunOnceAsync(context.RequireMessageId(), nameof(SupportSessionAssignedConsumer), cancellationToken =>
            poster.PostAsync(assigned.SessionId, actor, SystemMessageText.ContentFor(SystemEvents.SessionAssigned),
                SystemMessageText.AssignedMetadata(assigned.AgentId), assigned.OccurredAt, cancellationToken),
            context.CancellationToken);
    }
}
