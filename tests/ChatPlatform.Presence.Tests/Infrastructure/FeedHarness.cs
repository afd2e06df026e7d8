using ChatPlatform.Presence.Application;
using ChatPlatform.Presence.Application.Delivery;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Presence.Tests.Infrastructure;

/// <summary>A replica's feeds over a fake history and seq index, for one session.</summary>
public sealed class FeedHarness
{
    public FeedHarness(int pageSize = 200, int maxPending = 10_000)
    {
        History = new FakeHistory(pageSize);
        Feeds = new SessionFeeds(History,
            Options.Create(new PresenceOptions { HistoryPageSize = pageSize, MaxPendingDuringReplay = maxPending }),
            new ManualTimers(), NullLogger<SessionFeeds>.Instance);
    }

    public Guid SessionId { get; } = Guid.NewGuid();

    public FakeHistory History { get; }

    public SessionFeeds Feeds { get; }

    public SessionFeed Feed => Feeds.Find(SessionId) ?? throw new InvalidOperationException("No feed for the session.");

    /// <summary>Stores messages 1..<paramref name="count"/> (their MessagePosted events not delivered yet).</summary>
    public void Seed(int count)
    {
        for (var seq = 1; seq <= count; seq++)
        {
            History.Store(seq);
        }
    }

    /// <summary>A message is committed and its MessagePosted reaches this replica.</summary>
    public void Post(long seq, Guid? author = null) => Feeds.Find(SessionId)?.Offer(History.Store(seq, author));

    public Task<Subscription> SubscribeAsync(RecordingSink sink, long? sinceSeq = null) =>
        Feeds.SubscribeAsync(sink, SessionId, sinceSeq, CancellationToken.None);
}
