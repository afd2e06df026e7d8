using ChatPlatform.Messages.Model;
using ChatPlatform.Messages.Rules;

namespace ChatPlatform.Messages.Tests.Rules;

public sealed class BlockVisibilityTests
{
    private static readonly Guid Viewer = Guid.NewGuid(), Author = Guid.NewGuid(), Other = Guid.NewGuid();
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    private static BlockInterval Interval(int fromMinute, int? toMinute, Guid? blocked = null) => new()
    {
        BlockerId = Viewer, BlockedId = blocked ?? Author, BlockedAt = T0.AddMinutes(fromMinute), UnblockedAt = toMinute is { } to ? T0.AddMinutes(to) : null,
    };

    [Fact]
    public void A_current_block_hides_everything_the_author_wrote_even_before_it()
    {
        BlockInterval[] blocks = [Interval(10, null)];

        Assert.True(BlockVisibility.IsHidden(blocks, Author, T0));
        Assert.True(BlockVisibility.IsHidden(blocks, Author, T0.AddMinutes(20)));
        Assert.False(BlockVisibility.IsHidden(blocks, Other, T0.AddMinutes(20)));
    }

    [Fact]
    public void After_an_unblock_only_what_was_written_during_the_block_stays_hidden()
    {
        BlockInterval[] blocks = [Interval(10, 20)];

        Assert.False(BlockVisibility.IsHidden(blocks, Author, T0.AddMinutes(5)));
        Assert.True(BlockVisibility.IsHidden(blocks, Author, T0.AddMinutes(10)));
        Assert.True(BlockVisibility.IsHidden(blocks, Author, T0.AddMinutes(19)));
        Assert.False(BlockVisibility.IsHidden(blocks, Author, T0.AddMinutes(20)));
        Assert.False(BlockVisibility.IsHidden(blocks, Author, T0.AddMinutes(30)));
    }

    [Fact]
    public void Several_past_intervals_each_hide_their_own_span()
    {
        BlockInterval[] blocks = [Interval(10, 20), Interval(30, 40)];

        Assert.False(BlockVisibility.IsHidden(blocks, Author, T0.AddMinutes(25)));
        Assert.True(BlockVisibility.IsHidden(blocks, Author, T0.AddMinutes(35)));
    }

    [Fact]
    public void A_zero_length_interval_left_by_an_early_unblock_hides_nothing()
    {
        Assert.False(BlockVisibility.IsHidden([Interval(10, 10)], Author, T0.AddMinutes(10)));
    }
}
