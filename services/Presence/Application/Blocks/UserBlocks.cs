using System.Collections.Frozen;
using ChatPlatform.Presence.Infrastructure;

namespace ChatPlatform.Presence.Application.Blocks;

/// <summary>
/// The users one local user blocks, as this replica knows it. Changes apply by version (a newer one wins, whatever
/// arrives first: the load from Redis or the event), and readers on the fan-out path see an immutable snapshot.
/// </summary>
public sealed class UserBlocks
{
    private readonly Dictionary<Guid, (bool IsBlocked, long Version)> changes = [];
    private readonly Lock gate = new();
    private FrozenSet<Guid> blocked = FrozenSet<Guid>.Empty;

    /// <summary>Sockets of the user on this replica holding this copy.</summary>
    internal int References { get; set; }

    public bool Contains(Guid userId) => Volatile.Read(ref blocked).Contains(userId);

    public void Apply(BlockChange change)
    {
        lock (gate)
        {
            if (changes.TryGetValue(change.BlockedId, out var applied) && applied.Version > change.Version)
            {
                return;
            }
            changes[change.BlockedId] = (change.IsBlocked, change.Version);
            Volatile.Write(ref blocked, changes.Where(c => c.Value.IsBlocked).Select(c => c.Key).ToFrozenSet());
        }
    }
}
