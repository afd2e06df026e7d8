using ChatPlatform.Presence.Tests.Infrastructure;

namespace ChatPlatform.Presence.Tests.Delivery;

/// <summary>A socket whose user blocks an author skips that author's messages, live and in catch-up, without stalling on the hole.</summary>
public sealed class BlockFilterTests
{
    private static readonly Guid Blocked = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();

    [Fact]
    public async Task Live_messages_of_a_blocked_author_are_skipped_and_their_seqs_count_as_delivered()
    {
        var harness = new FeedHarness();
        harness.Seed(2);
        var blocker = new RecordingSink { Blocked = new HashSet<Guid> { Blocked } };
        var witness = new RecordingSink();
        var blockerSubscription = await harness.SubscribeAsync(blocker);
        await harness.SubscribeAsync(witness);

        harness.Post(3, Blocked);
        harness.Post(4, Other);
        harness.Post(5, Blocked);

        Assert.Equal([4], blocker.Seqs);
        Assert.Equal(5, blockerSubscription.LastDelivered);
        Assert.Equal([3, 4, 5], witness.Seqs);
        Assert.Equal(0, harness.History.PageReads);
    }

    [Fact]
    public async Task A_replay_skips_the_blocked_authors_messages_and_goes_live_after_them()
    {
        var harness = new FeedHarness(pageSize: 2);
        harness.History.Store(1, Other);
        harness.History.Store(2, Blocked);
        harness.History.Store(3, Blocked);
        harness.History.Store(4, Other);
        var blocker = new RecordingSink { Blocked = new HashSet<Guid> { Blocked } };

        var subscription = await harness.SubscribeAsync(blocker, sinceSeq: 0);
        await blocker.WaitUntilAsync(sink => !subscription.IsReplaying);
        harness.Post(5, Blocked);
        harness.Post(6, Other);

        Assert.Equal([1, 4, 6], blocker.Seqs);
    }

    [Fact]
    public async Task A_seq_that_history_never_returns_for_the_viewer_does_not_stall_the_socket()
    {
        var harness = new FeedHarness();
        harness.Seed(2);
        var viewer = new RecordingSink();
        await harness.SubscribeAsync(viewer);

        // Seq 3 is stored but hidden from this viewer: history leaves it out, and its event never reaches this feed.
        harness.Post(4, Other);
        harness.Feed.SkipGap();
        await viewer.WaitUntilAsync(sink => sink.Seqs.Contains(4));
        harness.Post(5, Other);

        Assert.Equal([4, 5], viewer.Seqs);
    }
}
