using ChatPlatform.Presence.Application.Cluster;
using ChatPlatform.Presence.Application.Membership;
using ChatPlatform.Presence.Application.Stats;
using ChatPlatform.Presence.Infrastructure;
using ChatPlatform.Presence.Rules;

namespace ChatPlatform.Presence.Application.Status;

/// <summary>
/// Online, away and offline across a user's sockets on all replicas: online with the first socket anywhere,
/// offline (with last_seen) only when the last one closes; "away" is the user's own choice while connected.
/// Changes are told to everyone sharing a session with the user.
/// </summary>
public sealed class PresenceService(
    PresenceStore store,
    InstanceStatsStore stats,
    InstanceCounters counters,
    MembershipService membership,
    ClusterChannel cluster,
    TimeProvider time)
{
    /// <param name="firstOnThisReplica">The user had no other socket on this replica.</param>
    public async Task ConnectedAsync(Guid userId, bool firstOnThisReplica)
    {
        counters.ConnectionOpened();
        var now = time.GetUtcNow();
        var total = await store.ChangeConnectionsAsync(userId, +1);
        await store.SetLastSeenAsync(userId, now);
        if (firstOnThisReplica)
        {
            await stats.UserArrivedAsync(userId);
        }
        await stats.PublishAsync();
        if (total == 1)
        {
            await AnnounceAsync(userId, PresenceStatus.Online, now);
        }
    }

    /// <param name="lastOnThisReplica">The user has no other socket on this replica.</param>
    public async Task DisconnectedAsync(Guid userId, bool lastOnThisReplica)
    {
        counters.ConnectionClosed();
        var total = await store.ChangeConnectionsAsync(userId, -1);
        if (lastOnThisReplica)
        {
            await stats.UserLeftAsync(userId);
        }
        await stats.PublishAsync();
        if (total <= 0)
        {
            var now = time.GetUtcNow();
            await store.SetLastSeenAsync(userId, now);
            await store.SetAwayAsync(userId, away: false);
            await AnnounceAsync(userId, PresenceStatus.Offline, now);
        }
    }

    public async Task SetStatusAsync(Guid userId, string status)
    {
        if (await store.SetAwayAsync(userId, status == PresenceStatus.Away))
        {
            await AnnounceAsync(userId, status, time.GetUtcNow());
        }
    }

    public Task<IReadOnlyDictionary<Guid, UserPresence>> GetAsync(IReadOnlyList<Guid> userIds) => store.GetAsync(userIds);

    private async Task AnnounceAsync(Guid userId, string status, DateTimeOffset lastSeen)
    {
        var sessions = await membership.GetKnownUserSessionsAsync(userId);
        cluster.Publish(new ClusterEvent(ClusterEvent.PresenceKind, string.Empty, userId, Status: status, LastSeen: lastSeen, SessionIds: sessions));
    }
}
