using ChatPlatform.Contracts;
using ChatPlatform.Presence.Application.Frames;

namespace ChatPlatform.Presence.Application.Delivery;

/// <summary>
/// Frames outside the seq stream, to this replica's subscribers of a session (typing, read receipts, reactions, presence).
/// A socket whose user blocks the acting user gets none of that user's typing, receipts or reactions.
/// </summary>
public sealed class LocalFanOut(SessionFeeds feeds)
{
    public void Typing(Guid sessionId, Guid userId, bool isTyping)
    {
        if (feeds.Find(sessionId) is not { } feed)
        {
            return;
        }
        var frame = ServerFrames.Typing(sessionId, userId, isTyping);
        foreach (var subscription in feed.Subscribers)
        {
            if (subscription.Sink.UserId != userId && !subscription.Sink.Ignores(userId))
            {
                subscription.Sink.TrySend(frame);
            }
        }
    }

    public void ReadReceipt(Guid sessionId, Guid userId, long upToSeq)
    {
        if (feeds.Find(sessionId) is not { } feed)
        {
            return;
        }
        var frame = ServerFrames.ReadReceipt(sessionId, userId, upToSeq);
        foreach (var subscription in feed.Subscribers)
        {
            if (!subscription.Sink.Ignores(userId))
            {
                subscription.Sink.TrySend(frame);
            }
        }
    }

    public void Reaction(ReactionChanged reaction)
    {
        if (feeds.Find(reaction.SessionId) is not { } feed)
        {
            return;
        }
        var frame = ServerFrames.Reaction(reaction);
        foreach (var subscription in feed.Subscribers)
        {
            if (!subscription.Sink.Ignores(reaction.UserId))
            {
                subscription.Sink.TrySend(frame);
            }
        }
    }

    /// <summary>Tells every local socket that shares a session with the user, once per socket, never the user's own.</summary>
    public void Presence(Guid userId, string status, DateTimeOffset? lastSeen, IEnumerable<Guid> sessionIds)
    {
        byte[]? frame = null;
        var told = new HashSet<Guid>();
        foreach (var sessionId in sessionIds)
        {
            if (feeds.Find(sessionId) is not { } feed)
            {
                continue;
            }
            foreach (var subscription in feed.Subscribers)
            {
                var sink = subscription.Sink;
                if (sink.UserId != userId && told.Add(sink.ConnectionId))
                {
                    sink.TrySend(frame ??= ServerFrames.Presence(userId, status, lastSeen));
                }
            }
        }
    }
}
