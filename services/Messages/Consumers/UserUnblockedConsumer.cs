using ChatPlatform.Contracts;
using ChatPlatform.Messages.Infrastructure;
using MassTransit;

namespace ChatPlatform.Messages.Consumers;

/// <summary>Closes the open block interval: what the blocked user writes from now on is shown again.</summary>
public sealed class UserUnblockedConsumer(InboxTransaction inbox, BlockProjection blocks) : IConsumer<UserUnblocked>
{
    public Task Consume(ConsumeContext<UserUnblocked> context)
    {
        var unblocked = context.Message;
        return inbox.RunOnceAsync(context.RequireMessageId(), nameof(UserUnblockedConsumer),
            cancellationToken => blocks.UnblockAsync(unblocked.BlockerId, unblocked.BlockedId, unblocked.OccurredAt, cancellationToken),
            context.CancellationToken);
    }
}
