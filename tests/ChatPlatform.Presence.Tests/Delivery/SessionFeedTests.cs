using ChatPlatform.Presence.Tests.Infrastructure;

namespace ChatPlatform.Presence.Tests.Delivery;

/// <summary>The per-connection seq rule end to end on one replica: order, duplicates, gaps, resume, slow clients.</summary>
public sealed class SessionFeedTests
{
    [Fact]
    public async Task A_new_socket_starts_after_the_newest_message_and_gets_each_later_one_once_in_order()
    {
        var harness = new FeedHarness();
        harness.Seed(10);
        var sink = new RecordingSink();
        await harness.SubscribeAsync(sink);

        harness.Post(10);
        harness.Post(12);
        harness.Post(11);
        harness.Post(11);
        harness.Post(13);
        harness.Post(12);

        Assert.Equal([11, 12, 13], sink.Seqs);
    }

    [Fact]
    public async Task Messages_stored_before_the_socket_opened_are_not_delivered_live_even_if_their_events_arrive_late()
    {
        var harness = new FeedHarness();
        harness.Seed(10);
        var sink = new RecordingSink();

        await harness.SubscribeAsync(sink);
        harness.Post(9);
        harness.Post(10);
        harness.Post(11);

        Assert.Equal([11], sink.Seqs);
    }

    [Fact]
    public async Task A_second_socket_starts_after_what_was_stored_when_it_opened_while_the_feed_still_lags()
    {
        var harness = new FeedHarness();
        harness.Seed(10);
        var first = new RecordingSink();
        var second = new RecordingSink();
        await harness.SubscribeAsync(first);
        harness.History.Store(11);
        harness.History.Store(12);

        await harness.SubscribeAsync(second);
        harness.Post(11);
        harness.Post(12);
        harness.Post(13);

        Assert.Equal([11, 12, 13], first.Seqs);
        Assert.Equal([13], second.Seqs);
    }

    [Fact]
    public async Task Sockets_that_subscribe_during_a_newest_seq_read_share_the_next_read_and_start_after_what_was_stored_when_they_asked()
    {
        var harness = new FeedHarness();
        harness.Seed(10);
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.History.HoldNewest = hold;
        var first = new RecordingSink();
        var firstSubscribed = harness.SubscribeAsync(first);
        Assert.Equal(1, harness.History.NewestReads);

        // Stored while the first socket's read (which saw 10) is still on its way; then five more sockets ask.
        harness.History.Store(11);
        var later = Enumerable.Range(0, 5).Select(_ => new RecordingSink()).ToArray();
        var laterSubscribed = later.Select(sink => harness.SubscribeAsync(sink)).ToArray();
        Assert.Equal(1, harness.History.NewestReads);
        harness.History.HoldNewest = null;
        hold.SetResult();
        await firstSubscribed;
        await Task.WhenAll(laterSubscribed);

        // One more read answered all five; it began after they asked, so it saw 11, and none of them gets it live.
        Assert.Equal(2, harness.History.NewestReads);
        harness.Post(11);
        harness.Post(12);
        Assert.Equal([11, 12], first.Seqs);
        Assert.All(later, sink => Assert.Equal([12], sink.Seqs));

        // The rounds are over: the next socket reads again.
        await harness.SubscribeAsync(new RecordingSink());
        Assert.Equal(3, harness.History.NewestReads);
    }

    [Fact]
    public async Task When_messages_cannot_say_the_newest_seq_the_first_live_message_is_the_start()
    {
        var harness = new FeedHarness();
        harness.History.FailNewest = true;
        var sink = new RecordingSink();

        await harness.SubscribeAsync(sink);
        harness.Post(7);
        harness.Feed.SkipGap();
        harness.Post(8);

        Assert.Equal([7, 8], sink.Seqs);
    }

    [Fact]
    public async Task A_socket_joining_mid_stream_gets_only_what_comes_after()
    {
        var harness = new FeedHarness();
        harness.Seed(10);
        var first = new RecordingSink();
        var second = new RecordingSink();
        await harness.SubscribeAsync(first);

        harness.Post(11);
        await harness.SubscribeAsync(second);
        harness.Post(12);

        Assert.Equal([11, 12], first.Seqs);
        Assert.Equal([12], second.Seqs);
    }

    [Fact]
    public async Task A_missing_seq_that_never_arrives_is_fetched_from_history_and_order_is_kept()
    {
        var harness = new FeedHarness();
        harness.Seed(10);
        var sink = new RecordingSink();
        await harness.SubscribeAsync(sink);

        harness.History.Store(11);
        harness.Post(12);
        harness.Post(13);
        Assert.Empty(sink.Seqs);

        harness.Feed.SkipGap();
        await sink.WaitUntilAsync(s => s.Seqs.Count == 3);
        harness.Post(14);
        await sink.WaitUntilAsync(s => s.Seqs.Count == 4);

        Assert.Equal([11, 12, 13, 14], sink.Seqs);
    }

    [Fact]
    public async Task Resume_replays_every_message_after_since_seq_once_in_order_then_continues_live()
    {
        var harness = new FeedHarness(pageSize: 7);
        harness.Seed(50);
        var sink = new RecordingSink();

        await harness.SubscribeAsync(sink, sinceSeq: 20);
        await sink.WaitUntilAsync(s => s.Seqs.Count == 30);
        harness.Post(51);

        Assert.Equal(Enumerable.Range(21, 31).Select(seq => (long)seq), sink.Seqs);
    }

    [Fact]
    public async Task Messages_sent_during_a_replay_arrive_once_in_order_whichever_page_they_land_in()
    {
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var harness = new FeedHarness(pageSize: 5);
            harness.Seed(50);
            var random = new Random(iteration);
            var next = 51L;
            harness.History.BeforePage = () =>
            {
                // Between page reads, some new messages are committed; the bus brings them in any order, some twice.
                var batch = Enumerable.Range(0, random.Next(0, 4)).Select(_ => next++).ToList();
                foreach (var seq in batch.OrderBy(_ => random.Next()).Concat(batch.Take(1)))
                {
                    harness.Post(seq);
                }
                return Task.CompletedTask;
            };
            var sink = new RecordingSink();

            await harness.SubscribeAsync(sink, sinceSeq: 3);
            await sink.WaitUntilAsync(s => !harness.Feed.Subscribers[0].IsReplaying);
            harness.History.BeforePage = null;
            harness.Post(next);
            harness.Post(next + 1);

            Assert.Equal(Enumerable.Range(4, (int)(next + 1 - 3)).Select(seq => (long)seq), sink.Seqs);
        }
    }

    [Fact]
    public async Task Resume_from_the_newest_seq_replays_nothing_and_goes_live()
    {
        var harness = new FeedHarness();
        harness.Seed(5);
        var sink = new RecordingSink();

        var subscription = await harness.SubscribeAsync(sink, sinceSeq: 5);
        await sink.WaitUntilAsync(_ => !subscription.IsReplaying);
        harness.Post(6);

        Assert.Equal([6], sink.Seqs);
    }

    [Fact]
    public async Task A_hole_the_user_may_not_see_does_not_stall_delivery()
    {
        var harness = new FeedHarness();
        harness.Seed(2);
        var sink = new RecordingSink();
        await harness.SubscribeAsync(sink);

        // Seq 3 exists but history never shows it to this user (e.g. a blocked sender); 4 arrives live.
        harness.Post(4);
        harness.Feed.SkipGap();
        await sink.WaitUntilAsync(s => s.Seqs.Count == 1);
        harness.Post(5);

        Assert.Equal([4, 5], sink.Seqs);
    }

    [Fact]
    public async Task A_slow_socket_is_dropped_and_the_others_keep_receiving()
    {
        var harness = new FeedHarness();
        harness.Seed(0);
        var slow = new RecordingSink(capacity: 2);
        var fast = new RecordingSink();
        await harness.SubscribeAsync(slow);
        await harness.SubscribeAsync(fast);

        for (var seq = 1; seq <= 5; seq++)
        {
            harness.Post(seq);
        }

        Assert.Equal([1, 2], slow.Seqs);
        Assert.NotNull(slow.FailedBecause);
        Assert.True(slow.Closing.IsCancellationRequested);
        Assert.Equal([1, 2, 3, 4, 5], fast.Seqs);
    }

    [Fact]
    public async Task A_socket_whose_user_lost_access_stops_following_the_session()
    {
        var harness = new FeedHarness();
        harness.Seed(3);
        harness.History.DenyWithStatus = 404;
        var sink = new RecordingSink();

        var subscription = await harness.SubscribeAsync(sink, sinceSeq: 0);
        await sink.WaitUntilAsync(_ => subscription.IsEnded);

        Assert.Null(harness.Feeds.Find(harness.SessionId));
        Assert.Empty(sink.Seqs);
        Assert.Null(sink.FailedBecause);
    }

    [Fact]
    public async Task The_last_unsubscribe_closes_the_feed_and_nothing_more_is_sent()
    {
        var harness = new FeedHarness();
        harness.Seed(1);
        var sink = new RecordingSink();
        var subscription = await harness.SubscribeAsync(sink);

        harness.Feeds.Unsubscribe(subscription);
        harness.Post(2);

        Assert.Null(harness.Feeds.Find(harness.SessionId));
        Assert.Empty(sink.Seqs);
    }

    [Fact]
    public async Task Too_many_live_messages_during_a_replay_drop_the_socket_rather_than_grow_without_bound()
    {
        var harness = new FeedHarness(pageSize: 1, maxPending: 3);
        harness.Seed(10);
        var posted = 10;
        harness.History.BeforePage = () =>
        {
            harness.Post(++posted);
            return Task.CompletedTask;
        };
        var sink = new RecordingSink();

        await harness.SubscribeAsync(sink, sinceSeq: 0);
        await sink.WaitUntilAsync(s => s.FailedBecause is not null);
    }
}
