using ChatPlatform.Contracts;
using ChatPlatform.Presence.Infrastructure;
using MassTransit;

namespace ChatPlatform.Presence.Consumers;

/// <summary>Block projection (shared, durable queue), so Redis stays right while no replica runs.</summary>
public sealed class UserBlockedConsumer(BlockStore store) : IConsumer<UserBlocked>
{
    public Task Consume(ConsumeContext<UserBlocked> context) =>
        store.ApplyAsync(new BlockChange(context.Message.BlockerId, context.Message.BlockedId, IsBlocked: true, BlockStore.VersionOf(context.Message.OccurredAt)));
}
