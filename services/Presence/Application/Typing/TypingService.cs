using ChatPlatform.Presence.Application.Cluster;

namespace ChatPlatform.Presence.Application.Typing;

/// <summary>Typing frames in, typing frames out through every replica; expiry runs on the replica the user types on.</summary>
public sealed class TypingService(TypingTracker tracker, ClusterChannel cluster, TimeProvider time)
{
    public void Update(Guid sessionId, Guid userId, Guid connectionId, bool isTyping)
    {
        if (isTyping)
        {
            if (tracker.Start(sessionId, userId, connectionId, time.GetUtcNow()))
            {
                Announce(new TypingKey(sessionId, userId), isTyping: true);
            }
            return;
        }
        tracker.Stop(sessionId, userId);
        Announce(new TypingKey(sessionId, userId), isTyping: false);
    }

    public void ExpireLapsed()
    {
        foreach (var key in tracker.Expire(time.GetUtcNow()))
        {
            Announce(key, isTyping: false);
        }
    }

    public void ConnectionClosed(Guid connectionId)
    {
        foreach (var key in tracker.StopConnection(connectionId))
        {
            Announce(key, isTyping: false);
        }
    }

    private void Announce(TypingKey key, bool isTyping) =>
        cluster.Publish(new ClusterEvent(ClusterEvent.TypingKind, string.Empty, key.UserId, key.SessionId, isTyping));
}
