namespace ChatPlatform.Presence.Application.Delivery;

/// <summary>The delivery tunables a feed and its subscriptions need (from <see cref="PresenceOptions"/>).</summary>
public sealed record FeedSettings(TimeSpan GapFillDelay, int MaxPendingDuringReplay, int MaxEarlyFrames, TimeSpan NewestSeqTimeout)
{
    public static FeedSettings From(PresenceOptions options) =>
        new(options.GapFillDelay, options.MaxPendingDuringReplay, MaxEarlyFrames: 10_000, NewestSeqTimeout: TimeSpan.FromSeconds(5));
}
