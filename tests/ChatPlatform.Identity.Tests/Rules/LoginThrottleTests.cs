using ChatPlatform.Identity.Rules;

namespace ChatPlatform.Identity.Tests.Rules;

public sealed class LoginThrottleTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private static DateTimeOffset[] MinutesAgo(params double[] minutes) => [.. minutes.Select(m => Now - TimeSpan.FromMinutes(m))];

    [Fact]
    public void Fewer_failures_than_the_limit_are_allowed()
    {
        Assert.True(LoginThrottle.Evaluate(MinutesAgo(1, 2, 3, 4), limit: 5, Window, Now).Allowed);
    }

    [Fact]
    public void Reaching_the_limit_inside_the_window_refuses_further_attempts()
    {
        var decision = LoginThrottle.Evaluate(MinutesAgo(1, 2, 3, 4, 5), limit: 5, Window, Now);

        Assert.False(decision.Allowed);
    }

    [Fact]
    public void Attempts_resume_when_the_oldest_counted_failure_leaves_the_window()
    {
        var decision = LoginThrottle.Evaluate(MinutesAgo(1, 2, 3, 4, 5, 6, 7), limit: 5, Window, Now);

        // The 5th most recent failure (5 minutes ago) leaves the 15-minute window in 10 minutes.
        Assert.Equal(TimeSpan.FromMinutes(10), decision.RetryAfter);
        Assert.Equal(600, decision.RetryAfterSeconds);
    }

    [Fact]
    public void Failures_older_than_the_window_do_not_count()
    {
        Assert.True(LoginThrottle.Evaluate(MinutesAgo(1, 2, 16, 20, 30), limit: 5, Window, Now).Allowed);
    }

    [Fact]
    public void Retry_after_is_whole_seconds_rounded_up_and_at_least_one()
    {
        Assert.Equal(2, new ThrottleDecision(false, TimeSpan.FromMilliseconds(1200)).RetryAfterSeconds);
        Assert.Equal(1, new ThrottleDecision(false, TimeSpan.FromMilliseconds(10)).RetryAfterSeconds);
    }

    [Fact]
    public void Combining_decisions_keeps_the_longest_refusal()
    {
        var account = new ThrottleDecision(false, TimeSpan.FromMinutes(3));
        var address = new ThrottleDecision(false, TimeSpan.FromMinutes(9));

        Assert.Equal(address, LoginThrottle.Combine(ThrottleDecision.Allow, account, address));
        Assert.True(LoginThrottle.Combine(ThrottleDecision.Allow, ThrottleDecision.Allow).Allowed);
    }
}
