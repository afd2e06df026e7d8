using ChatPlatform.Presence.Application.Blocks;
using ChatPlatform.Presence.Infrastructure;

namespace ChatPlatform.Presence.Tests.Blocks;

/// <summary>A replica's copy of one user's blocks: the newest change wins, whichever way the load and the events interleave.</summary>
public sealed class UserBlocksTests
{
    private static readonly Guid Blocker = Guid.NewGuid();
    private static readonly Guid Target = Guid.NewGuid();

    [Fact]
    public void A_block_then_an_unblock_leaves_the_user_unblocked()
    {
        var blocks = new UserBlocks();

        blocks.Apply(new BlockChange(Blocker, Target, IsBlocked: true, Version: 1));
        Assert.True(blocks.Contains(Target));
        blocks.Apply(new BlockChange(Blocker, Target, IsBlocked: false, Version: 2));

        Assert.False(blocks.Contains(Target));
    }

    [Fact]
    public void A_late_block_older_than_the_unblock_does_not_undo_it()
    {
        var blocks = new UserBlocks();

        blocks.Apply(new BlockChange(Blocker, Target, IsBlocked: false, Version: 2));
        blocks.Apply(new BlockChange(Blocker, Target, IsBlocked: true, Version: 1));

        Assert.False(blocks.Contains(Target));
    }

    [Fact]
    public void Blocks_of_different_users_are_independent()
    {
        var other = Guid.NewGuid();
        var blocks = new UserBlocks();

        blocks.Apply(new BlockChange(Blocker, Target, IsBlocked: true, Version: 5));
        blocks.Apply(new BlockChange(Blocker, other, IsBlocked: false, Version: 6));

        Assert.True(blocks.Contains(Target));
        Assert.False(blocks.Contains(other));
    }
}
