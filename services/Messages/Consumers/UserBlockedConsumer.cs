using ChatPlatform.Contracts;
using ChatPlatform.Messages.Infrastructure;
using MassTransit;

namespace ChatPlatform.Messages.Consumers;

/// <summary>Opens a block interval: the blocker stops seeing the blocked user's messages; direct sends get 403 blocked.</summary>
public sealed class UserBlockedConsumer(InboxTransaction inbox, BlockProjection blocks) : IConsumer<UserBlocked>
{
    public Task Consume(ConsumeContext<UserBlocked> context)
    {
        var blocked = context.Message;
        return inbox.RunOnceAsync(context.RequireMessageId(), nameof(UserBlockedConsumer),
            cancellationToken => blocks.BlockAsync(blocked.BlockerId, blocked.BlockedId, blocked.OccurredAt, cancellationToken),
            context.CancellationToken);
    }
}
