using StackExchange.Redis;

namespace ChatPlatform.Bench.Platform;

/// <summary>
/// The live replicas of a service, read from the platform's replica directory in Redis (ServiceDefaults/Discovery:
/// one sorted set <c>replicas:{service}</c>, members the replicas' own addresses, scores when each entry expires). The
/// direct scenarios reach the replicas there, as the gateway does, instead of through DCP's proxy in front of them.
/// </summary>
public static class ReplicaAddresses
{
    /// <summary>The live replicas of <paramref name="service"/>, waiting up to <paramref name="wait"/> for <paramref name="expected"/> of them.</summary>
    public static async Task<IReadOnlyList<Uri>> ReadAsync(string redisConnectionString, string service, int expected,
        TimeSpan wait, CancellationToken cancellationToken)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(redisConnectionString);
        var database = redis.GetDatabase();
        var deadline = DateTimeOffset.UtcNow + wait;
        while (true)
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            var live = await database.SortedSetRangeByScoreAsync($"replicas:{service}", now, double.PositiveInfinity);
            var found = live.Select(a => new Uri(a.ToString())).ToArray();
            if (found.Length >= expected || DateTimeOffset.UtcNow > deadline)
            {
                return found.OrderBy(u => u.Port).ToArray();
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }
}
