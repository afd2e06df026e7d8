using ChatPlatform.Presence.Application;
using ChatPlatform.Presence.Application.Stats;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatPlatform.Presence.Infrastructure;

/// <summary>
/// ws-stats across replicas: each replica keeps a hash of its counters and a set of its users in Redis, refreshed by
/// its heartbeat and expiring a few beats after it stops, so a crashed replica drops out of the totals.
/// </summary>
public sealed class InstanceStatsStore(IConnectionMultiplexer redis, PresenceInstance instance, InstanceCounters counters, IOptions<PresenceOptions> options)
{
    private const string CountUsersScript = "if #KEYS == 0 then return 0 end return #redis.call('SUNION', unpack(KEYS))";

    private IDatabase Db => redis.GetDatabase();

    private TimeSpan Ttl => options.Value.HeartbeatInterval * 3;

    /// <summary>Writes this replica's counters and refreshes its liveness (the heartbeat, also run on every connect and disconnect).</summary>
    public async Task PublishAsync()
    {
        var batch = Db.CreateBatch();
        var key = RedisKeys.Instance(instance.Id);
        var tasks = new List<Task>
        {
            batch.HashSetAsync(key, [
                new HashEntry("connections", counters.Connections),
                new HashEntry("messages_in", counters.MessagesIn),
                new HashEntry("messages_out", counters.MessagesOut),
            ]),
            batch.KeyExpireAsync(key, Ttl),
            batch.KeyExpireAsync(RedisKeys.InstanceUsers(instance.Id), Ttl),
            batch.SetAddAsync(RedisKeys.Instances, instance.Id),
        };
        batch.Execute();
        await Task.WhenAll(tasks);
    }

    public async Task UserArrivedAsync(Guid userId)
    {
        var key = RedisKeys.InstanceUsers(instance.Id);
        await Db.SetAddAsync(key, userId.ToString());
        await Db.KeyExpireAsync(key, Ttl);
    }

    public Task UserLeftAsync(Guid userId) => Db.SetRemoveAsync(RedisKeys.InstanceUsers(instance.Id), userId.ToString());

    public async Task<WsStatsResponse> ReadAsync()
    {
        await PublishAsync();
        var ids = (await Db.SetMembersAsync(RedisKeys.Instances)).Select(id => id.ToString()).ToArray();
        var hashes = await Task.WhenAll(ids.Select(id => Db.HashGetAllAsync(RedisKeys.Instance(id))));
        var instances = new Dictionary<string, InstanceStatsResponse>();
        var live = new List<RedisKey>();
        for (var index = 0; index < ids.Length; index++)
        {
            if (hashes[index].Length == 0)
            {
                await Db.SetRemoveAsync(RedisKeys.Instances, ids[index]);
                continue;
            }
            var fields = hashes[index].ToDictionary(entry => entry.Name.ToString(), entry => (long)entry.Value);
            instances[ids[index]] = new InstanceStatsResponse(
                fields.GetValueOrDefault("connections"), fields.GetValueOrDefault("messages_in"), fields.GetValueOrDefault("messages_out"));
            live.Add(RedisKeys.InstanceUsers(ids[index]));
        }
        var usersOnline = (long)await Db.ScriptEvaluateAsync(CountUsersScript, [.. live]);
        return new WsStatsResponse(
            instances.Values.Sum(i => i.Connections), usersOnline,
            instances.Values.Sum(i => i.MessagesIn), instances.Values.Sum(i => i.MessagesOut), instances);
    }

    /// <summary>A replica that stops cleanly leaves the totals at once rather than after its keys expire.</summary>
    public async Task RemoveAsync()
    {
        await Db.KeyDeleteAsync([RedisKeys.Instance(instance.Id), RedisKeys.InstanceUsers(instance.Id)]);
        await Db.SetRemoveAsync(RedisKeys.Instances, instance.Id);
    }
}
