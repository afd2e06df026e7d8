namespace ChatPlatform.Client.Tests;

public sealed class SeqTrackerTests
{
    private static readonly Guid SessionA = Guid.NewGuid();
    private static readonly Guid SessionB = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 6, 0, 0, TimeSpan.Zero);

    private readonly SeqTracker<long> _tracker = new();
    private readonly List<long> _delivered = [];

    private void Offer(Guid session, long seq, DateTimeOffset? at = null) => _tracker.Offer(session, seq, seq, at ?? Now, _delivered.Add);

    [Fact]
    public void A_seq_at_or_below_the_last_one_seen_is_a_duplicate()
    {
        foreach (var seq in new long[] { 1, 2, 2, 1, 3 })
        {
            Offer(SessionA, seq);
        }
        Assert.Equal([1, 2, 3], _delivered);
        Assert.Equal(3, _tracker.LastSeen(SessionA));
    }

    [Fact]
    public void Sessions_are_counted_apart()
    {
        Offer(SessionA, 5);
        Offer(SessionB, 1);
        Assert.Equal([5, 1], _delivered);
        Assert.Equal(5, _tracker.LastSeen(SessionA));
        Assert.Equal(1, _tracker.LastSeen(SessionB));
    }

    [Fact]
    public void A_jump_forward_is_accepted_at_once_because_blocks_hide_seqs()
    {
        foreach (var seq in new long[] { 3, 7, 5, 8 })
        {
            Offer(SessionA, seq);
        }
        Assert.Equal([3, 7, 8], _delivered);
    }

    [Fact]
    public void A_replay_overlapping_live_frames_is_delivered_once()
    {
        foreach (var seq in new long[] { 1, 2, 3, 2, 3, 4, 5 })
        {
            Offer(SessionA, seq);
        }
        Assert.Equal([1, 2, 3, 4, 5], _delivered);
    }

    [Fact]
    public void While_resyncing_live_frames_ahead_of_the_replay_wait_for_it()
    {
        Offer(SessionA, 10);
        _tracker.BeginResync(SessionA, Now.AddSeconds(3));
        foreach (var seq in new long[] { 25, 26, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27 })
        {
            Offer(SessionA, seq);
        }
        Assert.Equal(Enumerable.Range(10, 18).Select(i => (long)i), _delivered);
    }

    [Fact]
    public void A_resync_where_nothing_was_missed_delivers_the_live_frame_and_drops_the_replay_of_it()
    {
        Offer(SessionA, 10);
        _tracker.BeginResync(SessionA, Now.AddSeconds(3));
        foreach (var seq in new long[] { 11, 11, 12, 14 })
        {
            Offer(SessionA, seq);
        }
        Assert.Equal([10, 11, 12, 14], _delivered);
    }

    [Fact]
    public void A_hole_the_replay_never_fills_is_given_up_when_the_window_ends()
    {
        Offer(SessionA, 10);
        _tracker.BeginResync(SessionA, Now.AddSeconds(3));
        Offer(SessionA, 13);
        Offer(SessionA, 12);
        Assert.Equal([10], _delivered);
        _tracker.Expire(Now.AddSeconds(2), _delivered.Add);
        Assert.Equal([10], _delivered);
        _tracker.Expire(Now.AddSeconds(3), _delivered.Add);
        Assert.Equal([10, 12, 13], _delivered);
        Offer(SessionA, 15, Now.AddSeconds(4));
        Assert.Equal([10, 12, 13, 15], _delivered);
    }

    [Fact]
    public void Seed_sets_where_a_session_starts_but_never_moves_it_back()
    {
        _tracker.Seed(SessionA, 10);
        Offer(SessionA, 10);
        Offer(SessionA, 11);
        _tracker.Seed(SessionA, 4);
        Assert.Equal([11], _delivered);
        Assert.Equal(11, _tracker.LastSeen(SessionA));
        Assert.Null(_tracker.LastSeen(SessionB));
        Assert.Equal([new KeyValuePair<Guid, long>(SessionA, 11)], _tracker.Positions());
    }
}
