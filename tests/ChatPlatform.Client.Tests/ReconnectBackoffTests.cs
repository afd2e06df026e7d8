namespace ChatPlatform.Client.Tests;

public sealed class ReconnectBackoffTests
{
    private static readonly TimeSpan Initial = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(3);

    [Fact]
    public void Delays_double_with_jitter_between_half_and_the_whole_step()
    {
        var backoff = new ReconnectBackoff(Initial, Max, new Random(7));
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var step = Initial * Math.Pow(2, attempt);
            var delay = backoff.Next();
            Assert.InRange(delay, step / 2, step);
        }
    }

    [Fact]
    public void Delays_never_exceed_the_cap_however_many_attempts_fail()
    {
        var backoff = new ReconnectBackoff(Initial, Max, new Random(7));
        var delays = Enumerable.Range(0, 100).Select(_ => backoff.Next()).ToList();
        Assert.All(delays.Skip(6), delay => Assert.InRange(delay, Max / 2, Max));
    }

    [Fact]
    public void Jitter_spreads_clients_that_failed_together()
    {
        var delays = Enumerable.Range(0, 50).Select(seed =>
        {
            var backoff = new ReconnectBackoff(Initial, Max, new Random(seed));
            backoff.Next();
            backoff.Next();
            return backoff.Next();
        }).Distinct().Count();
        Assert.True(delays > 40, $"only {delays} distinct delays out of 50");
    }

    [Fact]
    public void Reset_starts_again_from_the_initial_delay()
    {
        var backoff = new ReconnectBackoff(Initial, Max, new Random(7));
        for (var i = 0; i < 6; i++)
        {
            backoff.Next();
        }
        backoff.Reset();
        Assert.Equal(0, backoff.Attempt);
        Assert.InRange(backoff.Next(), Initial / 2, Initial);
    }

    [Fact]
    public void A_floor_from_the_server_wins_over_a_shorter_delay()
    {
        var backoff = new ReconnectBackoff(Initial, Max, new Random(7));
        Assert.Equal(TimeSpan.FromSeconds(5), backoff.Next(TimeSpan.FromSeconds(5)));
        Assert.Equal(1, backoff.Attempt);
    }
}
