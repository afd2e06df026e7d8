using ChatPlatform.Contracts;
using ChatPlatform.Presence.Application.Blocks;
using ChatPlatform.Presence.Infrastructure;
using MassTransit;

namespace ChatPlatform.Presence.Consumers;

/// <summary>Every replica: the blocker's local sockets get the formerly blocked user's new frames again.</summary>
public sealed class UserUnblockedFanOutConsumer(BlockStore store, BlockList blocks) : IConsumer<UserUnblocked>
{
    public async Task Consume(ConsumeContext<UserUnblocked> context)
    {
        var change = new BlockChange(context.Message.BlockerId, context.Message.BlockedId, IsBlocked: false, BlockStore.VersionOf(context.Message.OccurredAt));
        await store.ApplyAsync(change);
        blocks.Apply(change);
    }
}
