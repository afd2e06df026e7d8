using ChatPlatform.Contracts;
using ChatPlatform.Messages.Application;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Rules;
using MassTransit;

namespace ChatPlatform.Messages.Consumers;

/// <summary>Closes the session in the projection (sends get 409 from then on) and adds a session_closed system message.</summary>
public sealed class ChatSessionClosedConsumer(InboxTransaction inbox, MembershipProjection projection, SystemMessagePoster poster) : IConsumer<ChatSessionClosed>
{
    public Task Consume(ConsumeContext<ChatSessionClosed> context)
    {
        var closed = context.Message;
        return inbox.RunOnceAsync(context.RequireMessageId(), nameof(ChatSessionClosedConsumer), async cancellationToken =>
        {
            await projection.ApplyAsync(closed, cancellationToken);
            await poster.PostAsync(closed.SessionId, SystemEvents.SessionClosed, closed.ClosedBy, closed.ClosedBy, closed.OccurredAt, cancellationToken);
        }, context.CancellationToken);
    }
}
