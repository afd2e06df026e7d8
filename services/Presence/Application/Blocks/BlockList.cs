using System.Collections.Concurrent;
using ChatPlatform.Presence.Infrastructure;
using ChatPlatform.Presence.Infrastructure.Peers;
using StackExchange.Redis;

namespace ChatPlatform.Presence.Application.Blocks;

/// <summary>
/// This replica's in-memory copy of the blocks of users with a local socket: loaded from Redis when the user's first
/// socket opens here, kept fresh by UserBlocked/UserUnblocked on the replica's own queue, dropped with the last socket.
/// While Redis is down the blocks come from Moderation itself (with the user's token), so a socket still opens and a
/// blocker still never receives a blocked user's messages.
/// </summary>
public sealed partial class BlockList(BlockStore store, ModerationBlocksClient moderation, TimeProvider time, ILogger<BlockList> logger)
{
    private readonly ConcurrentDictionary<Guid, UserBlocks> users = new();
    private readonly Lock gate = new();

    /// <summary>The user's blocks, loaded if this is their first socket here. Events applied meanwhile are kept (by version).</summary>
    public async Task<UserBlocks> AcquireAsync(Guid userId, string accessToken, CancellationToken cancellationToken)
    {
        UserBlocks blocks;
        lock (gate)
        {
            blocks = users.GetOrAdd(userId, _ => new UserBlocks());
            blocks.References++;
        }
        try
        {
            foreach (var change in await LoadAsync(userId, accessToken, cancellationToken))
            {
                blocks.Apply(change);
            }
            return blocks;
        }
        catch
        {
            Release(userId);
            throw;
        }
    }

    private async Task<IReadOnlyList<BlockChange>> LoadAsync(Guid userId, string accessToken, CancellationToken cancellationToken)
    {
        try
        {
            return await store.LoadAsync(userId);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogRedisUnavailable(logger, userId, exception);
        }
        // Versioned as of the question: an event older than Moderation's answer changes nothing, a newer one wins.
        var version = BlockStore.VersionOf(time.GetUtcNow());
        var blocked = await moderation.GetBlockedUserIdsAsync(accessToken, cancellationToken);
        return [.. blocked.Select(blockedId => new BlockChange(userId, blockedId, IsBlocked: true, version))];
    }

    public void Release(Guid userId)
    {
        lock (gate)
        {
            if (users.TryGetValue(userId, out var blocks) && --blocks.References <= 0)
            {
                users.TryRemove(userId, out _);
            }
        }
    }

    /// <summary>An event: applied if the blocker has a socket here (otherwise the next load reads it from Redis).</summary>
    public void Apply(BlockChange change)
    {
        if (users.TryGetValue(change.BlockerId, out var blocks))
        {
            blocks.Apply(change);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis unavailable for the blocks of user {UserId}; asking Moderation")]
    private static partial void LogRedisUnavailable(ILogger logger, Guid userId, Exception exception);
}
