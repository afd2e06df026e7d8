using ChatPlatform.Contracts;
using ChatPlatform.ServiceDefaults.Outbox;
using ChatPlatform.Sessions.Infrastructure;
using ChatPlatform.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPlatform.Sessions.Tests.Functional;

/// <summary>
/// The outbox's relay on commit (how Sessions hands membership events to Messages before answering), against real
/// PostgreSQL: the relayed types only, once their change committed, before the commit returns; never a rolled-back one.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class OutboxRelayTests(PostgresServer server) : IAsyncLifetime
{
    private readonly SessionsDatabase _database = new(server);
    private ServiceProvider _services = null!;

    private RecordingRelay Relay => _services.GetRequiredService<RecordingRelay>();

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<SessionsDbContext>(options => options.UseNpgsql(_database.ConnectionString));
        services.AddSingleton<RecordingRelay>();
        services.AddOutbox<SessionsDbContext>(outbox => outbox.RelayOnCommit<RecordingRelay>(typeof(ChatSessionCreated), typeof(ParticipantAdded)));
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task A_transactions_relayed_events_are_handed_over_when_it_commits_and_not_before()
    {
        var sessionId = Guid.CreateVersion7();
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SessionsDbContext>();

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.AddOutboxMessage(Created(sessionId));
            db.AddOutboxMessage(new ParticipantAdded(sessionId, Guid.CreateVersion7(), Guid.CreateVersion7(), DateTimeOffset.UtcNow));
            db.AddOutboxMessage(new SupportSessionAssigned(sessionId, Guid.CreateVersion7(), Guid.Empty, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            Assert.Empty(Relay.Relayed);

            await transaction.CommitAsync();
        }

        Assert.Equal(2, Relay.Relayed.Count);
        Assert.Equal(sessionId, Assert.IsType<ChatSessionCreated>(Relay.Relayed[0]).SessionId);
        Assert.Equal(sessionId, Assert.IsType<ParticipantAdded>(Relay.Relayed[1]).SessionId);
    }

    [Fact]
    public async Task A_rolled_back_change_is_never_relayed_not_even_with_the_next_one()
    {
        var (rolledBack, committed) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SessionsDbContext>();

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.AddOutboxMessage(Created(rolledBack));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        db.ChangeTracker.Clear();
        db.AddOutboxMessage(Created(committed));
        await db.SaveChangesAsync();

        Assert.Equal([committed], Relay.Relayed.Cast<ChatSessionCreated>().Select(e => e.SessionId));
    }

    [Fact]
    public async Task A_transaction_disposed_without_a_commit_leaves_nothing_behind_for_the_next_save()
    {
        var (abandoned, committed) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SessionsDbContext>();

        await using (await db.Database.BeginTransactionAsync())
        {
            db.AddOutboxMessage(Created(abandoned));
            await db.SaveChangesAsync();
        }
        db.ChangeTracker.Clear();
        db.AddOutboxMessage(Created(committed));
        await db.SaveChangesAsync();

        Assert.Equal([committed], Relay.Relayed.Cast<ChatSessionCreated>().Select(e => e.SessionId));
        var stored = await db.OutboxMessages.Select(m => m.Payload).ToListAsync();
        Assert.Single(stored, payload => payload.Contains(committed.ToString()));
        Assert.DoesNotContain(stored, payload => payload.Contains(abandoned.ToString()));
    }

    [Fact]
    public async Task Several_rows_saved_without_a_transaction_are_relayed_when_the_transaction_SaveChanges_opens_commits()
    {
        var sessionId = Guid.CreateVersion7();
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SessionsDbContext>();

        db.AddOutboxMessage(Created(sessionId));
        db.AddOutboxMessage(new ParticipantAdded(sessionId, Guid.CreateVersion7(), Guid.CreateVersion7(), DateTimeOffset.UtcNow));
        db.AddOutboxMessage(new SupportSessionAssigned(sessionId, Guid.CreateVersion7(), Guid.Empty, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();

        Assert.Equal([typeof(ChatSessionCreated), typeof(ParticipantAdded)], Relay.Relayed.Select(e => e.GetType()));
    }

    private static ChatSessionCreated Created(Guid sessionId) =>
        new(sessionId, "group", "open", "Relayed", Guid.CreateVersion7(), [Guid.CreateVersion7()], null, DateTimeOffset.UtcNow);
}
