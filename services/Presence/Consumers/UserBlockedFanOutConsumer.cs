using ChatPlatform.Contracts;
using ChatPlatform.Presence.Application.Blocks;
using ChatPlatform.Presence.Infrastructure;
using MassTransit;

namespace ChatPlatform.Presence.Consumers;

/// <summary>
/// Every replica: the blocker's local sockets stop getting the blocked user's frames at once. Redis is written first,
/// so a socket opening meanwhile either loads the block or is already tracked here.
/// </summary>
public sealed class UserBlockedFanOutConsumer(BlockStore store, BlockList blocks) : IConsumer<UserBlocked>
{
    public async Task Consume(ConsumeContext<UserBlocked> context)
    {
        var change = new BlockChange(context.Message.BlockerId, context.Message.BlockedId, IsBlocked: true, BlockStore.VersionOf(context.Message.OccurredAt));
        await store.ApplyAsync(change);
        blocks.Apply(change);
    }
}
