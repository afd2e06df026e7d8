using ChatPlatform.Contracts;
using ChatPlatform.Messages.Infrastructure;
using MassTransit;

namespace ChatPlatform.Messages.Consumers;

/// <summary>Projects a new session and its first participants (no system message: the history starts empty).</summary>
public sealed class ChatSessionCreatedConsumer(InboxTransaction inbox, MembershipProjection projection) : IConsumer<ChatSessionCreated>
{
    public Task Consume(ConsumeContext<ChatSessionCreated> context)
    {
        var created = context.Message;
        return inbox.RunOnceAsync(context.RequireMessageId(), nameof(ChatSessionCreatedConsumer), async cancellationToken =>
        {
            await projection.ApplyAsync(created, cancellationToken);
        }, context.CancellationToken);
    }
}
