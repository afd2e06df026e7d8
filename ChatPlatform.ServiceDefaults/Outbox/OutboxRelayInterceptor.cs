using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPlatform.ServiceDefaults.Outbox;

/// <summary>
/// Collects the outbox rows of relayed types as SaveChanges writes them, and hands their events to the relay once
/// they are committed: when the transaction SaveChanges opened for itself commits, after a SaveChanges that needed
/// none, or after the commit of the caller's explicit transaction (the caller's <c>CommitAsync</c> waits for it). A
/// rollback, a failed commit or a SaveChanges that failed outside a transaction drops them. Only the async paths relay
/// (every service saves and commits asynchronously); a synchronous SaveChanges leaves its events to the bus alone.
/// </summary>
internal sealed class OutboxRelayInterceptor(IServiceProvider services, Type relayType, IReadOnlySet<string> relayedTypes)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, RelayState> _states = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            var state = _states.GetOrCreateValue(context);
            if (context.Database.CurrentTransaction is null)
            {
                // Whatever is still held came from a transaction that ended without a commit (disposed unfinished).
                state.Take();
            }
            state.Saving = true;
            state.Add(context.ChangeTracker.Entries<OutboxMessage>()
                .Where(entry => entry.State == EntityState.Added && relayedTypes.Contains(entry.Entity.Type))
                .Select(entry => JsonSerializer.Deserialize(entry.Entity.Payload, OutboxTypeName.Resolve(entry.Entity.Type))!));
        }
        return ValueTask.FromResult(result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _states.TryGetValue(context, out var state))
        {
            state.Saving = false;
            if (context.Database.CurrentTransaction is null)
            {
                await RelayAsync(state.Take());
            }
        }
        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _states.TryGetValue(context, out var state))
        {
            state.Saving = false;
            if (context.Database.CurrentTransaction is null)
            {
                state.Take();
            }
        }
        return Task.CompletedTask;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        // A transaction SaveChanges opens for itself carries what it is saving; any other one starts afresh.
        if (eventData.Context is { } context && _states.TryGetValue(context, out var state) && !state.Saving)
        {
            state.Take();
        }
        return ValueTask.FromResult(result);
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _states.TryGetValue(context, out var state))
        {
            await RelayAsync(state.Take());
        }
    }

    public Task TransactionFailedAsync(TransactionErrorEventData eventData, CancellationToken cancellationToken = default) => Discard(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Discard(eventData.Context);

    private Task Discard(DbContext? context)
    {
        if (context is not null && _states.TryGetValue(context, out var state))
        {
            state.Take();
        }
        return Task.CompletedTask;
    }

    private async Task RelayAsync(List<object> committed)
    {
        if (committed.Count > 0)
        {
            // The change is committed whatever the caller does next, so its cancellation does not stop the hand-over.
            var relay = (ICommittedEventsRelay)services.GetRequiredService(relayType);
            await relay.RelayAsync(committed, CancellationToken.None);
        }
    }

    /// <summary>One DbContext's events waiting for their commit, and whether a SaveChanges is running on it.</summary>
    private sealed class RelayState
    {
        private readonly List<object> _pending = [];

        public bool Saving { get; set; }

        public void Add(IEnumerable<object> events)
        {
            lock (_pending)
            {
                _pending.AddRange(events);
            }
        }

        public List<object> Take()
        {
            lock (_pending)
            {
                var taken = _pending.ToList();
                _pending.Clear();
                return taken;
            }
        }
    }
}
