using ChatPlatform.Contracts;
using ChatPlatform.Moderation.Application;
using ChatPlatform.Moderation.Application.Blocks;
using ChatPlatform.ServiceDefaults.Outbox;
using ChatPlatform.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Moderation.Tests.Functional;

/// <summary>Blocks against real PostgreSQL: each change and its outbox event commit together, exactly once.</summary>
[Collection(PostgresCollection.Name)]
public sealed class BlockingTests(PostgresServer server) : IAsyncLifetime
{
    private readonly ModerationDatabase _database = new(server);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Blocking_twice_keeps_the_first_block_and_writes_one_event()
    {
        var (blocker, blocked) = (Guid.CreateVersion7(), Guid.CreateVersion7());

        var first = await BlockAsync(blocker, blocked);
        var second = await BlockAsync(blocker, blocked);

        Assert.Equal(first.CreatedAt, second.CreatedAt);
        Assert.Equal(1, await CountEventsAsync<UserBlocked>(blocker));
    }

    [Fact]
    public async Task Concurrent_blocks_of_one_user_make_one_block_and_one_event()
    {
        var (blocker, blocked) = (Guid.CreateVersion7(), Guid.CreateVersion7());

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => BlockAsync(blocker, blocked)));

        Assert.Single(results.Select(b => b.CreatedAt).Distinct());
        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.Blocks.CountAsync(b => b.BlockerId == blocker));
        Assert.Equal(1, await CountEventsAsync<UserBlocked>(blocker));
    }

    [Fact]
    public async Task Concurrent_unblocks_lift_the_block_once_and_unblocking_nothing_publishes_nothing()
    {
        var (blocker, blocked) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await BlockAsync(blocker, blocked);

        var lifted = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            await using var db = _database.CreateContext();
            return await new Blocking(db, TimeProvider.System).UnblockAsync(blocker, blocked, CancellationToken.None);
        }));

        Assert.Equal(1, lifted.Count(l => l));
        Assert.Equal(1, await CountEventsAsync<UserUnblocked>(blocker));
        await using var check = _database.CreateContext();
        Assert.False(await check.Blocks.AnyAsync(b => b.BlockerId == blocker));
    }

    [Fact]
    public async Task Blocking_and_unblocking_are_spans_of_the_moderation_source()
    {
        var (blocker, blocked) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        using var spans = new SpanRecorder(ModerationTracing.SourceName);

        await BlockAsync(blocker, blocked);
        await using (var db = _database.CreateContext())
        {
            await new Blocking(db, TimeProvider.System).UnblockAsync(blocker, blocked, CancellationToken.None);
            await new Blocking(db, TimeProvider.System).UnblockAsync(blocker, blocked, CancellationToken.None);
        }

        Assert.Single(spans.Named("block user"), span => Equals(span.GetTagItem("chat.user_id"), blocker));
        var unblocks = spans.Named("unblock user").Where(span => Equals(span.GetTagItem("chat.user_id"), blocker)).ToList();
        Assert.Equal(["unblocked", "not_blocked"], unblocks.Select(span => span.GetTagItem("chat.outcome")));
    }

    private async Task<Model.Block> BlockAsync(Guid blocker, Guid blocked)
    {
        await using var db = _database.CreateContext();
        return await new Blocking(db, TimeProvider.System).BlockAsync(blocker, blocked, CancellationToken.None);
    }

    private async Task<int> CountEventsAsync<TEvent>(Guid blocker)
    {
        await using var db = _database.CreateContext();
        var type = OutboxTypeName.Of(typeof(TEvent));
        var payloads = await db.OutboxMessages.Where(m => m.Type == type).Select(m => m.Payload).ToListAsync();
        return payloads.Count(p => p.Contains(blocker.ToString(), StringComparison.Ordinal));
    }
}
