using System.Collections.Concurrent;

namespace ChatPlatform.Presence.Blocks;

/// <summary>
/// This replica's in-memory copy of the blocks of users with a local socket: loaded from Redis when the user's first
/// socket opens here, kept fresh by UserBlocked/UserUnblocked on the replica's own queue, dropped with the last socket.
/// </summary>
public sealed class BlockList(BlockStore store)
{
    private readonly ConcurrentDictionary<Guid, UserBlocks> users = new();
    private readonly Lock gate = new();

    /// <summary>The user's blocks, loaded if this is their first socket here. Events applied meanwhile are kept (by version).</summary>
    public async Task<UserBlocks> AcquireAsync(Guid userId)
    {
        UserBlocks blocks;
        lock (gate)
        {
            blocks = users.GetOrAdd(userId, _ => new UserBlocks());
            blocks.References++;
        }
        try
        {
            foreach (var change in await store.LoadAsync(userId))
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
}
