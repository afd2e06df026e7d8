using ChatPlatform.Messages.Application.Blocks;
using ChatPlatform.Messages.Application.History;
using ChatPlatform.Messages.Application.Search;
using ChatPlatform.Messages.Application.Sending;
using ChatPlatform.Messages.Application.Summaries;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Rules;
using ChatPlatform.Messages.Tests.Infrastructure;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPlatform.Messages.Tests.Functional;

/// <summary>The block-interval projection and what it hides, on a real PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class BlockingTests(PostgresServer server) : IAsyncLifetime
{
    private MessagesHost _host = null!;

    public async Task InitializeAsync() => _host = await MessagesHost.StartAsync(server);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<SendResult> SendAsync(Guid sessionId, Guid userId, string content) => _host.InScopeAsync(services =>
        services.GetRequiredService<MessageSender>().SendAsync(sessionId, userId, new MessageDraft("text", content, null, null, null, null), null, CancellationToken.None));

    private Task BlockAsync(Guid blocker, Guid blocked) => _host.InScopeAsync(services =>
        services.GetRequiredService<BlockProjection>().BlockAsync(blocker, blocked, DateTimeOffset.UtcNow, CancellationToken.None));

    private Task UnblockAsync(Guid blocker, Guid blocked, DateTimeOffset? at = null) => _host.InScopeAsync(services =>
        services.GetRequiredService<BlockProjection>().UnblockAsync(blocker, blocked, at ?? DateTimeOffset.UtcNow, CancellationToken.None));

    private Task<List<string>> HistoryAsync(Guid sessionId, Guid viewer) => _host.InScopeAsync(async services =>
        (await services.GetRequiredService<HistoryReader>().ReadAsync(sessionId, viewer, new HistoryQuery(50, null, 0), CancellationToken.None))
            .Items.Select(m => m.Content).ToList());

    private Task<Guid> CreateDirectSessionAsync(Guid a, Guid b) => _host.InScopeAsync(async services =>
    {
        var sessionId = Guid.CreateVersion7();
        var projection = services.GetRequiredService<MembershipProjection>();
        await projection.UpsertSessionAsync(sessionId, "direct", closedAt: null, DateTimeOffset.UtcNow, CancellationToken.None);
        await projection.SetMembersAsync(sessionId, [a, b], active: true, DateTimeOffset.UtcNow, CancellationToken.None);
        return sessionId;
    });

    [Fact]
    public async Task In_a_direct_session_the_blocked_user_is_refused_with_blocked_until_the_unblock_and_the_blocker_may_still_write()
    {
        var (alice, bob) = (Guid.NewGuid(), Guid.NewGuid());
        var direct = await CreateDirectSessionAsync(alice, bob);
        var group = await _host.CreateSessionAsync(alice, bob);

        await BlockAsync(alice, bob);

        Assert.Equal(ErrorCode.Blocked, (await SendAsync(direct, bob, "hello?")).Code);
        Assert.NotNull((await SendAsync(direct, alice, "I still can")).Message);
        Assert.NotNull((await SendAsync(group, bob, "groups are not refused")).Message);
        await UnblockAsync(alice, bob);
        Assert.NotNull((await SendAsync(direct, bob, "again")).Message);
    }

    [Fact]
    public async Task History_hides_the_blocked_authors_messages_while_blocked_and_only_the_block_span_after_the_unblock()
    {
        var (alice, bob, carol) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var group = await _host.CreateSessionAsync(alice, bob, carol);
        await SendAsync(group, bob, "before");
        await BlockAsync(alice, bob);
        await SendAsync(group, bob, "during");
        await SendAsync(group, carol, "carol");

        Assert.Equal(["carol"], await HistoryAsync(group, alice));
        Assert.Equal(["before", "during", "carol"], await HistoryAsync(group, carol));

        await UnblockAsync(alice, bob);
        await SendAsync(group, bob, "after");

        Assert.Equal(["before", "carol", "after"], await HistoryAsync(group, alice));
    }

    [Fact]
    public async Task Search_leaves_out_what_the_searchers_blocks_hide()
    {
        var (alice, bob) = (Guid.NewGuid(), Guid.NewGuid());
        var group = await _host.CreateSessionAsync(alice, bob);
        await SendAsync(group, bob, "blocked wombat");
        await SendAsync(group, alice, "own wombat");
        await BlockAsync(alice, bob);

        Task<List<string>> SearchAsync(Guid viewer) => _host.InScopeAsync(async services =>
            (await services.GetRequiredService<SearchReader>().SearchAsync(viewer, false, new SearchQuery("wombat", null, 50, null), CancellationToken.None))
                .Items.Select(m => m.Content).ToList());

        Assert.Equal(["own wombat"], await SearchAsync(alice));
        Assert.Equal(["own wombat", "blocked wombat"], await SearchAsync(bob));
    }

    [Fact]
    public async Task Unread_counts_mention_counts_and_last_message_leave_out_what_the_viewer_blocked()
    {
        var (alice, bob, carol) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var group = await _host.CreateSessionAsync(alice, bob, carol);
        await SendAsync(group, carol, $"hi @{alice}");
        await BlockAsync(alice, bob);
        await SendAsync(group, bob, $"@{alice} listen");
        await SendAsync(group, bob, "last word");

        var summaries = await _host.InScopeAsync(services => services.GetRequiredService<SummaryReader>().ReadAsync(alice, [group], CancellationToken.None));
        var forCarol = await _host.InScopeAsync(services => services.GetRequiredService<SummaryReader>().ReadAsync(carol, [group], CancellationToken.None));

        Assert.Equal((1L, 1L, $"hi @{alice}"), (summaries[group].UnreadCount, summaries[group].UnreadMentionCount, summaries[group].LastMessage!.Content));
        Assert.Equal((2L, 0L, "last word"), (forCarol[group].UnreadCount, forCarol[group].UnreadMentionCount, forCarol[group].LastMessage!.Content));
    }

    [Fact]
    public async Task Repeated_blocks_open_one_interval_and_an_unblock_that_arrives_first_closes_the_late_block()
    {
        var (alice, bob) = (Guid.NewGuid(), Guid.NewGuid());
        var blockedAt = DateTimeOffset.UtcNow.AddMinutes(-2);
        var unblockedAt = DateTimeOffset.UtcNow.AddMinutes(-1);

        await UnblockAsync(alice, bob, unblockedAt);
        await _host.InScopeAsync(async services =>
        {
            var projection = services.GetRequiredService<BlockProjection>();
            await projection.BlockAsync(alice, bob, blockedAt, CancellationToken.None);
            await projection.BlockAsync(alice, bob, blockedAt, CancellationToken.None);
        });

        var intervals = await _host.InScopeAsync(services => services.GetRequiredService<MessagesDbContext>().BlockIntervals
            .Where(b => b.BlockerId == alice && b.UnblockedAt > b.BlockedAt).ToListAsync());
        var open = await _host.InScopeAsync(services => services.GetRequiredService<MessagesDbContext>().BlockIntervals
            .CountAsync(b => b.BlockerId == alice && b.UnblockedAt == null));
        Assert.Single(intervals);
        Assert.Equal(0, open);
        Assert.False(await _host.InScopeAsync(services => services.GetRequiredService<BlockReader>().IsHiddenAsync(alice, bob, DateTimeOffset.UtcNow, CancellationToken.None)));
    }
}
