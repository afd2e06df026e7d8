using ChatPlatform.Presence.Rules;
using StackExchange.Redis;

namespace ChatPlatform.Presence.Infrastructure;

/// <summary>
/// Online status across replicas. Each user has a hash of socket counts per replica; counts of a replica whose
/// heartbeat key has expired (it crashed) are ignored and pruned, so its users do not stay online forever.
/// </summary>
public sealed class PresenceStore(IConnectionMultiplexer redis, PresenceInstance instance)
{
    private const string ChangeScript = """
        local count = redis.call('HINCRBY', KEYS[1], ARGV[1], ARGV[2])
        if count <= 0 then redis.call('HDEL', KEYS[1], ARGV[1]) end
        local total = 0
        local fields = redis.call('HGETALL', KEYS[1])
        for i = 1, #fields, 2 do
          if fields[i] == ARGV[1] or redis.call('EXISTS', ARGV[3] .. fields[i]) == 1 then
            total = total + tonumber(fields[i + 1])
          else
            redis.call('HDEL', KEYS[1], fields[i])
          end
        end
        return total
        """;

    private const string ReadScript = """
        local result = {}
        for u = 0, #KEYS / 3 - 1 do
          local total = 0
          local fields = redis.call('HGETALL', KEYS[u * 3 + 1])
          for i = 1, #fields, 2 do
            if redis.call('EXISTS', ARGV[1] .. fields[i]) == 1 then total = total + tonumber(fields[i + 1]) end
          end
          result[#result + 1] = total
          result[#result + 1] = redis.call('EXISTS', KEYS[u * 3 + 2])
          result[#result + 1] = redis.call('GET', KEYS[u * 3 + 3]) or ''
        end
        return result
        """;

    private IDatabase Db => redis.GetDatabase();

    /// <summary>Counts a socket opened (+1) or closed (-1) on this replica; returns the user's sockets on all live replicas.</summary>
    public async Task<long> ChangeConnectionsAsync(Guid userId, int delta)
    {
        var total = await Db.ScriptEvaluateAsync(ChangeScript, [RedisKeys.PresenceConnections(userId)],
            [instance.Id, delta, RedisKeys.InstancePrefix]);
        return (long)total;
    }

    public Task SetLastSeenAsync(Guid userId, DateTimeOffset at) =>
        Db.StringSetAsync(RedisKeys.PresenceLastSeen(userId), at.ToString("O"));

    /// <summary>Sets or clears the user's own "away"; true when that changed it.</summary>
    public async Task<bool> SetAwayAsync(Guid userId, bool away) => away
        ? await Db.StringSetAsync(RedisKeys.PresenceAway(userId), "1", when: When.NotExists)
        : await Db.KeyDeleteAsync(RedisKeys.PresenceAway(userId));

    /// <summary>Which of <paramref name="userIds"/> chose "away" (one pipelined round trip).</summary>
    public async Task<IReadOnlySet<Guid>> AwayAmongAsync(IReadOnlyList<Guid> userIds)
    {
        var away = await Task.WhenAll(userIds.Select(id => Db.KeyExistsAsync(RedisKeys.PresenceAway(id))));
        return userIds.Where((_, index) => away[index]).ToHashSet();
    }

    public async Task<IReadOnlyDictionary<Guid, UserPresence>> GetAsync(IReadOnlyList<Guid> userIds)
    {
        var keys = userIds.SelectMany(id => new[] { RedisKeys.PresenceConnections(id), RedisKeys.PresenceAway(id), RedisKeys.PresenceLastSeen(id) }).ToArray();
        var values = (RedisResult[])(await Db.ScriptEvaluateAsync(ReadScript, keys, [RedisKeys.InstancePrefix]))!;
        var result = new Dictionary<Guid, UserPresence>(userIds.Count);
        for (var index = 0; index < userIds.Count; index++)
        {
            var connections = (long)values[index * 3];
            var away = (long)values[index * 3 + 1] == 1;
            var lastSeenText = (string?)values[index * 3 + 2];
            DateTimeOffset? lastSeen = DateTimeOffset.TryParse(lastSeenText, out var seen) ? seen.ToUniversalTime() : null;
            var status = connections > 0 ? (away ? PresenceStatus.Away : PresenceStatus.Online) : PresenceStatus.Offline;
            result[userIds[index]] = new UserPresence(status, lastSeen);
        }
        return result;
    }
}
