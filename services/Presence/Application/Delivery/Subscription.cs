using ChatPlatform.Presence.Application.Frames;
using ChatPlatform.Presence.Rules;
using Microsoft.Extensions.Logging;

namespace ChatPlatform.Presence.Application.Delivery;

/// <summary>
/// One socket following one session. Applies <see cref="SeqRule"/> to what the feed hands it; until it knows where it
/// starts, on a gap, and for since_seq resume, it holds live frames in <c>pending</c> (replaying history meanwhile),
/// then drains them through the same rule. All state is guarded by the feed's gate, so a live frame is never
/// interleaved with a replay.
/// </summary>
public sealed partial class Subscription
{
    private static readonly TimeSpan RetryBackoff = TimeSpan.FromMilliseconds(200);
    private const int MaxHistoryFailures = 5;

    private readonly ILogger logger;
    private long? lastDelivered;
    private List<MessageFrame>? pending;
    private bool ended;

    /// <summary>A new subscription holds what the feed hands it until <see cref="StartLive"/> or <see cref="StartReplay"/>.</summary>
    internal Subscription(SessionFeed feed, IFrameSink sink, ILogger logger)
    {
        Feed = feed;
        Sink = sink;
        this.logger = logger;
        pending = [];
    }

    public SessionFeed Feed { get; }

    public IFrameSink Sink { get; }

    public Guid SessionId => Feed.SessionId;

    /// <summary>The last seq sent to the socket (null until its start is known).</summary>
    public long? LastDelivered
    {
        get { lock (Feed.Gate) { return lastDelivered; } }
    }

    public bool IsReplaying
    {
        get { lock (Feed.Gate) { return pending is not null; } }
    }

    public bool IsEnded
    {
        get { lock (Feed.Gate) { return ended; } }
    }

    /// <summary>
    /// Goes live after <paramref name="baseline"/> (the newest stored seq when the socket opened; null when unknown,
    /// then the first frame the feed hands over is the start). What the feed handed over meanwhile goes through the rule.
    /// </summary>
    internal void StartLive(long? baseline)
    {
        lock (Feed.Gate)
        {
            if (ended || pending is null)
            {
                return;
            }
            lastDelivered = baseline ?? (pending.Count > 0 ? pending[0].Seq - 1 : Feed.HeadLocked);
            if (lastDelivered is null)
            {
                pending = null;
                return;
            }
            if (!DrainPendingLocked())
            {
                StartCatchUp();
            }
        }
    }

    /// <summary>Replays history after <paramref name="sinceSeq"/>, then goes live (the held frames go through the rule).</summary>
    internal void StartReplay(long sinceSeq)
    {
        lock (Feed.Gate)
        {
            if (ended || pending is null)
            {
                return;
            }
            lastDelivered = sinceSeq;
        }
        StartCatchUp();
    }

    internal void AdoptBaselineLocked(long head)
    {
        if (pending is null)
        {
            lastDelivered ??= head;
        }
    }

    internal void EndLocked()
    {
        ended = true;
        pending = null;
    }

    /// <summary>A live frame from the feed, in seq order.</summary>
    internal void OfferLocked(MessageFrame frame)
    {
        if (ended)
        {
            return;
        }
        if (pending is not null)
        {
            if (pending.Count >= Feed.Settings.MaxPendingDuringReplay)
            {
                EndLocked();
                Sink.Fail("too many live messages arrived during a replay");
                return;
            }
            pending.Add(frame);
            return;
        }
        switch (SeqRule.Decide(lastDelivered, frame.Seq))
        {
            case SeqDecision.Drop:
                return;
            case SeqDecision.Send:
                SendLocked(frame);
                return;
            default:
                pending = [frame];
                StartCatchUp();
                return;
        }
    }

    private void StartCatchUp() => _ = Task.Run(CatchUpAsync);

    private void SendLocked(MessageFrame frame)
    {
        if (IsIgnored(frame))
        {
            lastDelivered = frame.Seq;
            return;
        }
        if (Sink.TrySend(frame.Payload))
        {
            lastDelivered = frame.Seq;
        }
        else
        {
            EndLocked();
        }
    }

    private async Task CatchUpAsync()
    {
        try
        {
            var failures = 0;
            while (true)
            {
                long from;
                lock (Feed.Gate)
                {
                    if (ended)
                    {
                        return;
                    }
                    from = lastDelivered!.Value;
                }

                HistoryPage page;
                try
                {
                    page = await Feed.History.GetAfterAsync(SessionId, from, Sink.AccessToken, Sink.Closing);
                    failures = 0;
                }
                catch (Exception exception) when (exception is not (HistoryAccessDeniedException or OperationCanceledException) && ++failures < MaxHistoryFailures)
                {
                    LogHistoryRetry(logger, SessionId, failures, exception);
                    await Task.Delay(RetryBackoff * failures, Sink.Closing);
                    continue;
                }

                var advanced = false;
                foreach (var item in page.Items)
                {
                    if (item.Seq <= from)
                    {
                        continue;
                    }
                    if (!IsIgnored(item))
                    {
                        await Sink.SendPacedAsync(item.Payload, Sink.Closing);
                    }
                    from = item.Seq;
                    advanced = true;
                    lock (Feed.Gate)
                    {
                        if (ended)
                        {
                            return;
                        }
                        lastDelivered = item.Seq;
                    }
                }
                if (page.HasMore && advanced)
                {
                    continue;
                }

                lock (Feed.Gate)
                {
                    if (ended || DrainPendingLocked())
                    {
                        return;
                    }
                    if (!advanced)
                    {
                        // History has nothing between the last delivered seq and the first held one for this user
                        // (a message they may not see): skip the hole rather than wait for it forever.
                        lastDelivered = pending![0].Seq - 1;
                        if (DrainPendingLocked())
                        {
                            return;
                        }
                    }
                }
            }
        }
        catch (OperationCanceledException) when (Sink.Closing.IsCancellationRequested)
        {
        }
        catch (HistoryAccessDeniedException exception) when (exception.Status is 403 or 404)
        {
            LogAccessLost(logger, SessionId, Sink.UserId);
            Feed.Owner?.Unsubscribe(this);
        }
        catch (Exception exception)
        {
            LogReplayFailed(logger, SessionId, exception);
            Sink.Fail("history is unavailable");
        }
    }

    /// <summary>A message by a user the socket's user blocks: its seq passes silently (history skips it for them too).</summary>
    private bool IsIgnored(MessageFrame frame) => frame.AuthorId is { } author && Sink.Ignores(author);

    /// <summary>Sends held frames through the rule; true when all went and the subscription is live again.</summary>
    private bool DrainPendingLocked()
    {
        var held = pending!;
        var index = 0;
        for (; index < held.Count; index++)
        {
            var frame = held[index];
            var decision = SeqRule.Decide(lastDelivered, frame.Seq);
            if (decision == SeqDecision.Gap)
            {
                break;
            }
            if (decision == SeqDecision.Send)
            {
                SendLocked(frame);
                if (ended)
                {
                    return true;
                }
            }
        }
        if (index == held.Count)
        {
            pending = null;
            return true;
        }
        held.RemoveRange(0, index);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "History read for session {SessionId} failed (attempt {Attempt}); retrying")]
    private static partial void LogHistoryRetry(ILogger logger, Guid sessionId, int attempt, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} may no longer read session {SessionId}; subscription ended")]
    private static partial void LogAccessLost(ILogger logger, Guid sessionId, Guid userId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Replay of session {SessionId} failed; disconnecting so the client resumes")]
    private static partial void LogReplayFailed(ILogger logger, Guid sessionId, Exception exception);
}
