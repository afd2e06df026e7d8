using ChatPlatform.Messages.Rules;

namespace ChatPlatform.Messages.Tests.Rules;

public sealed class ReadCursorRuleTests
{
    [Theory]
    [InlineData(5, 10, 5)]
    [InlineData(10, 10, 10)]
    [InlineData(99, 10, 10)]
    [InlineData(3, 0, 0)]
    public void The_target_never_passes_the_last_message(long requested, long lastSeq, long expected)
    {
        Assert.Equal(expected, ReadCursorRule.Target(requested, lastSeq));
    }
}
