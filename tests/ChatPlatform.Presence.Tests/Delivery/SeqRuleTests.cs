using ChatPlatform.Presence.Rules;

namespace ChatPlatform.Presence.Tests.Delivery;

public sealed class SeqRuleTests
{
    [Theory]
    [InlineData(5L, 3L, SeqDecision.Drop)]
    [InlineData(5L, 5L, SeqDecision.Drop)]
    [InlineData(5L, 6L, SeqDecision.Send)]
    [InlineData(5L, 7L, SeqDecision.Gap)]
    [InlineData(0L, 1L, SeqDecision.Send)]
    [InlineData(0L, 2L, SeqDecision.Gap)]
    [InlineData(null, 42L, SeqDecision.Send)]
    public void Decides_drop_send_or_gap(long? lastDelivered, long seq, SeqDecision expected) =>
        Assert.Equal(expected, SeqRule.Decide(lastDelivered, seq));
}
