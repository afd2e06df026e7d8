using ChatPlatform.Moderation.Rules;

namespace ChatPlatform.Moderation.Tests.Rules;

public sealed class BlockRulesTests
{
    private static readonly Guid Me = Guid.CreateVersion7();

    [Fact]
    public void Another_user_is_a_valid_target()
    {
        var other = Guid.CreateVersion7();
        Assert.True(BlockRules.TryGetTarget(other, Me, out var target, out _));
        Assert.Equal(other, target);
    }

    [Fact]
    public void Yourself_is_not()
    {
        Assert.False(BlockRules.TryGetTarget(Me, Me, out _, out var errors));
        Assert.Contains("user_id", errors.Keys);
    }

    [Fact]
    public void A_missing_or_empty_id_is_not()
    {
        Assert.False(BlockRules.TryGetTarget(null, Me, out _, out var errors));
        Assert.Contains("user_id", errors.Keys);
        Assert.False(BlockRules.TryGetTarget(Guid.Empty, Me, out _, out _));
    }
}
