using ChatPlatform.Contracts;
using ChatPlatform.Presence.Infrastructure;
using MassTransit;

namespace ChatPlatform.Presence.Consumers;

/// <summary>Block projection (shared, durable queue).</summary>
public sealed class UserUnblockedConsumer(BlockStore store) : IConsumer<UserUnblocked>
{
    public Task Consume(ConsumeContext<UserUnblocked> context) =>
        store.ApplyAsync(new BlockChange(context.Message.BlockerId, context.Message.BlockedId, IsBlocked: false, BlockStore.VersionOf(context.Message.OccurredAt)));
}
