using ChatPlatform.Presence.Application.Frames;
using Microsoft.Extensions.Logging;

namespace ChatPlatform.Presence.Application.Delivery;

/// <summary>
/// One session's live stream on this replica: puts MessagePosted events (which may arrive out of order or twice)
/// back into seq order once, for all local subscribers. <c>head</c> is the last seq handed to subscribers. A frame
/// beyond head+1 waits in <c>early</c> for the missing ones; if they do not come within the gap delay, the feed moves
/// on and each subscription fetches what it lacks from history with its own user's token.
/// </summary>
public sealed class SessionFeed
{
    private readonly SortedDictionary<long, MessageFrame> early = [];
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private Subscription[] subscribers = [];
    private long? head;
    private bool baselineFailed;
    private ITimer? gapTimer;

    internal SessionFeed(Guid sessionId, IHistorySource history, FeedSettings settings, TimeProvider time, ILogger logger, SessionFeeds? owner = null)
    {
        SessionId = sessionId;
        History = history;
        Settings = settings;
        Owner = owner;
        this.time = time;
        this.logger = logger;
    }

    public Guid SessionId { get; }

    internal Lock Gate { get; } = new();

    internal IHistorySource History { get; }

    internal FeedSettings Settings { get; }

    internal SessionFeeds? Owner { get; }

    public long? Head
    {
        get { lock (Gate) { return head; } }
    }

    internal long? HeadLocked => head;

    /// <summary>The current subscribers, for frames outside the seq stream (typing, receipts, presence).</summary>
    public IReadOnlyList<Subscription> Subscribers => Volatile.Read(ref subscribers);

    public void Offer(MessageFrame frame)
    {
        lock (Gate)
        {
            if (head is { } last)
            {
                if (frame.Seq <= last)
                {
                    return;
                }
                if (frame.Seq == last + 1)
                {
                    DeliverLocked(frame);
                    DrainEarlyLocked();
                    return;
                }
            }
            early.TryAdd(frame.Seq, frame);
            if (early.Count > Settings.MaxEarlyFrames)
            {
                SkipGapLocked();
            }
            else if (head is not null || baselineFailed)
            {
                ArmGapTimerLocked();
            }
        }
    }

    /// <summary>The feed starts after <paramref name="lastSeq"/>, the newest stored seq when it was opened (no-op once started).</summary>
    public void SetBaseline(long lastSeq)
    {
        lock (Gate)
        {
            if (head is null)
            {
                head = Math.Max(lastSeq, 0);
                foreach (var subscription in subscribers)
                {
                    subscription.AdoptBaselineLocked(head.Value);
                }
                DrainEarlyLocked();
                if (early.Count > 0)
                {
                    ArmGapTimerLocked();
                }
            }
        }
    }

    /// <summary>The baseline could not be found: start from the first live frame after the gap delay.</summary>
    public void BaselineUnavailable()
    {
        lock (Gate)
        {
            if (head is not null)
            {
                return;
            }
            baselineFailed = true;
            if (early.Count > 0)
            {
                ArmGapTimerLocked();
            }
        }
    }

    /// <summary>The gap delay passed: deliver what is held, leaving the hole to each subscription's history catch-up.</summary>
    internal void SkipGap()
    {
        lock (Gate)
        {
            SkipGapLocked();
        }
    }

    /// <summary>Adds a subscriber that holds what it is handed until it knows where it starts.</summary>
    internal Subscription AttachLocked(IFrameSink sink)
    {
        var subscription = new Subscription(this, sink, logger);
        subscribers = [.. subscribers, subscription];
        return subscription;
    }

    /// <summary>Removes a subscriber; true when none is left.</summary>
    internal bool DetachLocked(Subscription subscription)
    {
        subscription.EndLocked();
        subscribers = Array.FindAll(subscribers, s => !ReferenceEquals(s, subscription));
        return subscribers.Length == 0;
    }

    internal void RetireLocked()
    {
        gapTimer?.Dispose();
        gapTimer = null;
        early.Clear();
    }

    private void SkipGapLocked()
    {
        gapTimer?.Dispose();
        gapTimer = null;
        if (early.Count == 0)
        {
            return;
        }
        var first = early.Keys.First();
        if (head is null || first > head + 1)
        {
            head = first - 1;
            foreach (var subscription in subscribers)
            {
                subscription.AdoptBaselineLocked(head.Value);
            }
        }
        DrainEarlyLocked();
        if (early.Count > 0)
        {
            ArmGapTimerLocked();
        }
    }

    private void DeliverLocked(MessageFrame frame)
    {
        head = frame.Seq;
        foreach (var subscription in subscribers)
        {
            subscription.OfferLocked(frame);
        }
    }

    private void DrainEarlyLocked()
    {
        while (early.Count > 0 && head is { } last)
        {
            var (seq, frame) = early.First();
            if (seq > last + 1)
            {
                return;
            }
            early.Remove(seq);
            if (seq == last + 1)
            {
                DeliverLocked(frame);
            }
        }
        gapTimer?.Dispose();
        gapTimer = null;
    }

    private void ArmGapTimerLocked() =>
        gapTimer ??= time.CreateTimer(static state => ((SessionFeed)state!).SkipGap(), this, Settings.GapFillDelay, Timeout.InfiniteTimeSpan);
}
