using ChatPlatform.Contracts;
using ChatPlatform.Messages.Application;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Rules;
using MassTransit;

namespace ChatPlatform.Messages.Consumers;

/// <summary>Adds a session_transferred system message (<c>metadata {event, from_agent_id, to_agent_id}</c>).</summary>
public sealed class SupportSessionTransferredConsumer(InboxTransaction inbox, SystemMessagePoster poster) : IConsumer<SupportSessionTransferred>
{
    public Task Consume(ConsumeContext<SupportSessionTransferred> context)
    {
        var transferred = context.Message;
        return inbox.RunOnceAsync(context.RequireMessageId(), nameof(SupportSessionTransferredConsumer), cancellationToken =>
            poster.PostAsync(transferred.SessionId, transferred.TransferredBy, SystemMessageText.ContentFor(SystemEvents.SessionTransferred),
                SystemMessageText.TransferredMetadata(transferred.FromAgentId, transferred.ToAgentId), transferred.OccurredAt, cancellationToken),
            context.CancellationToken);
    }
}
