using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Presence.Application.Delivery;

/// <summary>
/// The feeds of the sessions that have a subscriber on this replica. A feed is opened by its first subscriber
/// (whose newest stored seq is its start) and dropped with its last one.
/// </summary>
public sealed partial class SessionFeeds(
    IHistorySource history,
    IOptions<PresenceOptions> options,
    TimeProvider time,
    ILogger<SessionFeeds> logger)
{
    private readonly ConcurrentDictionary<Guid, SessionFeed> feeds = new();
    private readonly Lock gate = new();
    private readonly FeedSettings settings = FeedSettings.From(options.Value);
    private readonly NewestSeqReads newestReads = new();

    public int Count => feeds.Count;

    public SessionFeed? Find(Guid sessionId) => feeds.GetValueOrDefault(sessionId);

    /// <summary>
    /// Subscribes a socket to a session. The newest stored seq is read first (from Messages, with the user's token;
    /// sockets that subscribe together share a read that began after they asked, <see cref="NewestSeqReads"/>):
    /// without <paramref name="sinceSeq"/> delivery starts right after it, so the socket gets exactly what is stored
    /// after it opened; with it, history after since_seq is replayed (in the background), then live frames follow.
    /// Either way nothing handed over by the feed meanwhile is lost: it is held and goes through the seq rule.
    /// </summary>
    public async Task<Subscription> SubscribeAsync(IFrameSink sink, Guid sessionId, long? sinceSeq, CancellationToken cancellationToken)
    {
        SessionFeed feed;
        Subscription subscription;
        lock (gate)
        {
            if (!feeds.TryGetValue(sessionId, out feed!))
            {
                feed = new SessionFeed(sessionId, history, settings, time, logger, this);
                feeds[sessionId] = feed;
            }
            lock (feed.Gate)
            {
                subscription = feed.AttachLocked(sink);
            }
        }
        try
        {
            // Not cancelled by the socket that started it going away: FindNewestSeqAsync has its own timeout.
            var newest = await newestReads.ReadAsync(sessionId, sink.AccessToken,
                (session, token) => FindNewestSeqAsync(session, token, CancellationToken.None), cancellationToken);
            if (newest is { } known)
            {
                feed.SetBaseline(known);
            }
            else
            {
                feed.BaselineUnavailable();
            }
            if (sinceSeq is { } since)
            {
                subscription.StartReplay(since);
            }
            else
            {
                subscription.StartLive(newest);
            }
            return subscription;
        }
        catch
        {
            Unsubscribe(subscription);
            throw;
        }
    }

    public void Unsubscribe(Subscription subscription)
    {
        var feed = subscription.Feed;
        lock (gate)
        {
            lock (feed.Gate)
            {
                if (feed.DetachLocked(subscription) && feeds.TryRemove(new KeyValuePair<Guid, SessionFeed>(feed.SessionId, feed)))
                {
                    feed.RetireLocked();
                }
            }
        }
    }

    /// <summary>The newest stored seq of the session; null when Messages cannot say (then the feed's own position is used).</summary>
    private async Task<long?> FindNewestSeqAsync(Guid sessionId, string accessToken, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.NewestSeqTimeout);
        try
        {
            return await history.GetLastSeqAsync(sessionId, accessToken, timeout.Token);
        }
        catch (HistoryAccessDeniedException exception) when (exception.Status == 404)
        {
            // Membership was checked with Sessions; Messages has not heard of the session yet, so it has no message.
            return 0;
        }
        catch (Exception exception) when (exception is HttpRequestException or HistoryAccessDeniedException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogNewestSeqUnknown(logger, sessionId, exception);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Newest seq of session {SessionId} unknown; live delivery starts from the feed's position")]
    private static partial void LogNewestSeqUnknown(ILogger logger, Guid sessionId, Exception exception);
}
