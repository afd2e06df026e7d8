using ChatPlatform.Messages.RateLimiting;
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
        var key = NewKey();

        for (var index = 0; index < 5; index++)
        {
            Assert.True((await _bucket.TryTakeAsync(key, perSecond: 10, burst: 5)).Allowed, $"send {index + 1} of the burst");
        }
        var refused = await _bucket.TryTakeAsync(key, perSecond: 10, burst: 5);

        Assert.False(refused.Allowed);
        Assert.InRange(refused.RetryAfter, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(100));
        Assert.Equal(1, refused.RetryAfterSeconds);
    }

    [Fact]
    public async Task Tokens_come_back_at_the_configured_rate_and_never_above_the_burst()
    {
        var key = NewKey();
        for (var index = 0; index < 3; index++)
        {
            await _bucket.TryTakeAsync(key, perSecond: 10, burst: 3);
        }
        Assert.False((await _bucket.TryTakeAsync(key, perSecond: 10, burst: 3)).Allowed);

        await Task.Delay(TimeSpan.FromMilliseconds(230));
        var afterWait = new List<bool>();
        for (var index = 0; index < 4; index++)
        {
            afterWait.Add((await _bucket.TryTakeAsync(key, perSecond: 10, burst: 3)).Allowed);
        }

        // 230 ms at 10/s is two tokens (a third needs 300 ms): two sends pass, the next ones wait again.
        Assert.Equal([true, true, false, false], afterWait);

        await Task.Delay(TimeSpan.FromMilliseconds(700));
        var afterLongWait = 0;
        while ((await _bucket.TryTakeAsync(key, perSecond: 10, burst: 3)).Allowed)
        {
            afterLongWait++;
        }
        Assert.Equal(3, afterLongWait);
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
