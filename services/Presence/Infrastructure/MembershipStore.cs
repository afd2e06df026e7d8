using StackExchange.Redis;

namespace ChatPlatform.Presence.Infrastructure;

/// <summary>
/// Presence's projection of session membership (from Sessions' events, and from Sessions itself on a miss):
/// <c>chat:session:{id}:members</c> and <c>chat:user:{id}:sessions</c>. Each change carries the time it happened,
/// and a change older than the one already applied for that user and session is ignored, so redelivered or
/// reordered events cannot undo a newer one.
/// </summary>
public sealed class MembershipStore(IConnectionMultiplexer redis)
{
    private const string ApplyScript = """
        local applied = redis.call('HGET', KEYS[2], ARGV[1])
        if applied and tonumber(applied) > tonumber(ARGV[3]) then return 0 end
        redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
        if ARGV[4] == '1' then
          redis.call('SADD', KEYS[1], ARGV[1])
          redis.call('SADD', KEYS[3], ARGV[2])
        else
          redis.call('SREM', KEYS[1], ARGV[1])
          redis.call('SREM', KEYS[3], ARGV[2])
        end
        return 1
        """;

    private IDatabase Db => redis.GetDatabase();

    public async Task ApplyAsync(Guid sessionId, Guid userId, bool isMember, DateTimeOffset occurredAt)
    {
        var version = (occurredAt.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
        await Db.ScriptEvaluateAsync(ApplyScript,
            [RedisKeys.SessionMembers(sessionId), RedisKeys.SessionMemberVersions(sessionId), RedisKeys.UserSessions(userId)],
            [userId.ToString(), sessionId.ToString(), version, isMember ? "1" : "0"]);
    }

    public Task ApplyMembersAsync(Guid sessionId, IEnumerable<Guid> userIds, DateTimeOffset occurredAt) =>
        Task.WhenAll(userIds.Select(userId => ApplyAsync(sessionId, userId, isMember: true, occurredAt)));

    public Task<bool> IsMemberAsync(Guid sessionId, Guid userId) =>
        Db.SetContainsAsync(RedisKeys.SessionMembers(sessionId), userId.ToString());

    /// <summary>The user's sessions, or null when Presence has never loaded them (ask Sessions).</summary>
    public async Task<IReadOnlyList<Guid>?> GetUserSessionsAsync(Guid userId)
    {
        var batch = Db.CreateBatch();
        var members = batch.SetMembersAsync(RedisKeys.UserSessions(userId));
        var loaded = batch.KeyExistsAsync(RedisKeys.UserSessionsLoaded(userId));
        batch.Execute();
        var ids = await members;
        if (ids.Length == 0 && !await loaded)
        {
            return null;
        }
        return ids.Select(id => Guid.Parse(id.ToString())).ToArray();
    }

    public Task MarkUserSessionsLoadedAsync(Guid userId) =>
        Db.StringSetAsync(RedisKeys.UserSessionsLoaded(userId), "1");
}
