using ChatPlatform.Presence.Rules;

namespace ChatPlatform.Presence.Tests.Connections;

/// <summary>More than N rate_limited answers within the window mark a flooding socket (closed with 4429).</summary>
public sealed class RateLimitStrikesTests
{
    [Fact]
    public void The_eleventh_rejection_within_five_seconds_is_over_the_limit()
    {
        var strikes = new RateLimitStrikes(10, TimeSpan.FromSeconds(5));

        for (var index = 0; index < 10; index++)
        {
            Assert.False(strikes.Add(1_000 + index * 400));
        }

        Assert.True(strikes.Add(1_000 + 10 * 400));
    }

    [Fact]
    public void Rejections_spread_wider_than_the_window_never_add_up()
    {
        var strikes = new RateLimitStrikes(10, TimeSpan.FromSeconds(5));

        for (var index = 0; index < 100; index++)
        {
            Assert.False(strikes.Add(index * 600));
        }
    }
}
