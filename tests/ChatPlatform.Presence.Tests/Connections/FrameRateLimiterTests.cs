using ChatPlatform.Presence.Rules;

namespace ChatPlatform.Presence.Tests.Connections;

public sealed class FrameRateLimiterTests
{
    [Fact]
    public void Allows_the_burst_then_the_rate()
    {
        var limiter = new FrameRateLimiter(framesPerSecond: 10, burst: 3);

        Assert.True(limiter.TryTake(1000));
        Assert.True(limiter.TryTake(1000));
        Assert.True(limiter.TryTake(1000));
        Assert.False(limiter.TryTake(1000));
        Assert.True(limiter.TryTake(1100));
        Assert.False(limiter.TryTake(1100));
        Assert.True(limiter.TryTake(2000));
    }
}
