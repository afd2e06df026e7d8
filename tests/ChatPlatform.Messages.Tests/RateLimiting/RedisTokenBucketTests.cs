using ChatPlatform.Messages.Application.Sending;
using ChatPlatform.Messages.Infrastructure;
using StackExchange.Redis;

namespace ChatPlatform.Messages.Tests.RateLimiting;

/// <summary>The token bucket's Lua script against a real Redis: burst, refill, retry-after, one bucket per key.</summary>
public sealed class RedisTokenBucketTests : IAsyncLifetime
{
    private ConnectionMultiplexer _redis = null!;
    private RedisTokenBucket _bucket = null!;

    public async Task InitializeAsync()
    {
        _redis = await ConnectionMultiplexer.ConnectAsync((await RedisServer.SharedAsync()).ConnectionString);
        _bucket = new RedisTokenBucket(_redis);
    }

    public Task DisposeAsync() => _redis.DisposeAsync().AsTask();

    private static string NewKey() => SendRateGate.KeyFor(Guid.NewGuid());

    [Fact]
    public async Task A_full_bucket_allows_the_burst_then_refuses_with_the_time_to_the_next_token()
    {
        // One token per 10 s: however slowly a loaded machine runs these calls, no token comes back meanwhile (at
        // 10 tokens/s, six calls taking over 100 ms refilled one and the refusal never came).
        var key = NewKey();

        for (var index = 0; index < 5; index++)
        {
            Assert.True((await _bucket.TryTakeAsync(key, perSecond: 0.1, burst: 5)).Allowed, $"send {index + 1} of the burst");
        }
        var refused = await _bucket.TryTakeAsync(key, perSecond: 0.1, burst: 5);

        Assert.False(refused.Allowed);
        Assert.InRange(refused.RetryAfter, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10));
        Assert.Equal((int)Math.Ceiling(refused.RetryAfter.TotalSeconds), refused.RetryAfterSeconds);
    }

    [Fact]
    public async Task Tokens_come_back_at_the_configured_rate_and_never_above_the_burst()
    {
        // Time passes by moving the bucket's last count back, not by sleeping: the result cannot depend on how fast
        // this machine runs the calls. At 1 token/s the few milliseconds the calls really take are far below a token.
        var key = NewKey();
        for (var index = 0; index < 3; index++)
        {
            await _bucket.TryTakeAsync(key, perSecond: 1, burst: 3);
        }
        Assert.False((await _bucket.TryTakeAsync(key, perSecond: 1, burst: 3)).Allowed);

        await PassAsync(key, TimeSpan.FromMilliseconds(2300));
        var afterWait = new List<bool>();
        for (var index = 0; index < 4; index++)
        {
            afterWait.Add((await _bucket.TryTakeAsync(key, perSecond: 1, burst: 3)).Allowed);
        }

        // 2.3 s at 1/s is two tokens (a third needs 0.7 s more): two sends pass, the next ones wait again.
        Assert.Equal([true, true, false, false], afterWait);

        await PassAsync(key, TimeSpan.FromSeconds(60));
        var afterLongWait = 0;
        while ((await _bucket.TryTakeAsync(key, perSecond: 1, burst: 3)).Allowed)
        {
            afterLongWait++;
        }
        Assert.Equal(3, afterLongWait);
    }

    /// <summary>Makes the bucket believe <paramref name="elapsed"/> has passed since it was last counted.</summary>
    private async Task PassAsync(string key, TimeSpan elapsed)
    {
        var database = _redis.GetDatabase();
        var at = (long)await database.HashGetAsync(key, "at");
        await database.HashSetAsync(key, "at", at - (long)elapsed.TotalMilliseconds);
    }

    [Fact]
    public async Task Each_user_has_a_bucket_of_their_own()
    {
        var (first, second) = (NewKey(), NewKey());
        Assert.True((await _bucket.TryTakeAsync(first, perSecond: 1, burst: 1)).Allowed);
        Assert.False((await _bucket.TryTakeAsync(first, perSecond: 1, burst: 1)).Allowed);

        Assert.True((await _bucket.TryTakeAsync(second, perSecond: 1, burst: 1)).Allowed);
    }

    [Fact]
    public async Task Concurrent_takes_never_spend_more_than_the_bucket_holds()
    {
        var key = NewKey();

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => _bucket.TryTakeAsync(key, perSecond: 0.01, burst: 20)));

        Assert.Equal(20, results.Count(r => r.Allowed));
    }

    [Fact]
    public async Task The_bucket_key_expires_once_it_would_be_full_again()
    {
        var key = NewKey();
        await _bucket.TryTakeAsync(key, perSecond: 10, burst: 20);

        var ttl = await _redis.GetDatabase().KeyTimeToLiveAsync(key);

        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3));
    }
}
