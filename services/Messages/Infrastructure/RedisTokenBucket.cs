using System.Globalization;
using ChatPlatform.Messages.Rules;
using StackExchange.Redis;

namespace ChatPlatform.Messages.Infrastructure;

/// <summary>
/// A token bucket per key in Redis, taken and refilled by one Lua script so concurrent replicas cannot both spend the
/// last token. The clock is Redis' own (TIME), so replicas with skewed clocks agree. The hash holds the tokens left
/// and when they were counted; it expires once the bucket would be full again.
/// </summary>
public sealed class RedisTokenBucket(IConnectionMultiplexer redis)
{
    private static readonly LuaScript TakeScript = LuaScript.Prepare("""
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        local rate = tonumber(@perSecond) / 1000
        local burst = tonumber(@burst)
        local state = redis.call('HMGET', @key, 'tokens', 'at')
        local tokens = tonumber(state[1]) or burst
        local at = tonumber(state[2]) or now
        tokens = math.min(burst, tokens + math.max(0, now - at) * rate)
        local wait = 0
        if tokens >= 1 then
            tokens = tokens - 1
        else
            wait = math.ceil((1 - tokens) / rate)
        end
        redis.call('HSET', @key, 'tokens', tostring(tokens), 'at', now)
        redis.call('PEXPIRE', @key, math.ceil(burst / rate) + 1000)
        return wait
        """);

    private static readonly LuaScript RefundScript = LuaScript.Prepare("""
        local tokens = tonumber(redis.call('HGET', @key, 'tokens'))
        if tokens then
            redis.call('HSET', @key, 'tokens', tostring(math.min(tonumber(@burst), tokens + 1)))
        end
        return 0
        """);

    /// <summary>Gives back a token taken for a send that stored nothing new (never above the burst).</summary>
    public async Task RefundAsync(string key, int burst) =>
        await redis.GetDatabase().ScriptEvaluateAsync(RefundScript, new { key = (RedisKey)key, burst });

    /// <summary>Takes one token from <paramref name="key"/>'s bucket, or says how long until one is there.</summary>
    public async Task<RateLimitDecision> TryTakeAsync(string key, double perSecond, int burst)
    {
        var result = await redis.GetDatabase().ScriptEvaluateAsync(TakeScript, new
        {
            key = (RedisKey)key,
            perSecond = perSecond.ToString(CultureInfo.InvariantCulture),
            burst,
        });
        var waitMs = (long)result;
        return waitMs <= 0 ? RateLimitDecision.Allow : new RateLimitDecision(false, TimeSpan.FromMilliseconds(waitMs));
    }
}
