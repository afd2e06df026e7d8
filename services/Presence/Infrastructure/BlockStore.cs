using StackExchange.Redis;

namespace ChatPlatform.Presence.Infrastructure;

/// <summary>
/// Presence's projection of current blocks: <c>chat:blocks:{blockerId}</c> is the set of users the blocker blocks.
/// Each change carries the time it happened (kept per pair in <c>chat:blocks:{blockerId}:versions</c>), and a change
/// older than the one already applied is ignored, so a late or redelivered UserBlocked cannot undo a newer unblock.
/// </summary>
public sealed class BlockStore(IConnectionMultiplexer redis)
{
    private const string ApplyScript = """
        local applied = redis.call('HGET', KEYS[2], ARGV[1])
        if applied and tonumber(applied) > tonumber(ARGV[2]) then return 0 end
        redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
        if ARGV[3] == '1' then
          redis.call('SADD', KEYS[1], ARGV[1])
        else
          redis.call('SREM', KEYS[1], ARGV[1])
        end
        return 1
        """;

    private IDatabase Db => redis.GetDatabase();

    public static long VersionOf(DateTimeOffset occurredAt) => (occurredAt.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    public Task ApplyAsync(BlockChange change) =>
        Db.ScriptEvaluateAsync(ApplyScript,
            [RedisKeys.Blocks(change.BlockerId), RedisKeys.BlockVersions(change.BlockerId)],
            [change.BlockedId.ToString(), change.Version, change.IsBlocked ? "1" : "0"]);

    /// <summary>Every change recorded for the blocker (current blocks and lifted ones, with their versions).</summary>
    public async Task<IReadOnlyList<BlockChange>> LoadAsync(Guid blockerId)
    {
        var batch = Db.CreateBatch();
        var members = batch.SetMembersAsync(RedisKeys.Blocks(blockerId));
        var versions = batch.HashGetAllAsync(RedisKeys.BlockVersions(blockerId));
        batch.Execute();
        var blocked = (await members).Select(id => id.ToString()).ToHashSet();
        return (await versions)
            .Select(entry => new BlockChange(blockerId, Guid.Parse(entry.Name.ToString()), blocked.Contains(entry.Name.ToString()), (long)entry.Value))
            .ToList();
    }
}
