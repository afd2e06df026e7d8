using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ChatPlatform.ServiceDefaults.Outbox;

/// <summary>
/// Wakes the dispatcher once outbox rows are committed: after SaveChanges outside a transaction, or after the commit
/// of an explicit transaction; and releases to the fast lane the events a transaction held, or drops them if it did
/// not commit.
/// </summary>
internal sealed class OutboxCommitInterceptor(OutboxSignal signal, OutboxFastLaneQueue fastLane) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null && HasPendingOutboxRows(context))
        {
            signal.Notify();
        }
        return ValueTask.FromResult(result);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            fastLane.TransactionCommitted(context);
            if (HasPendingOutboxRows(context))
            {
                signal.Notify();
            }
        }
        return Task.CompletedTask;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            fastLane.TransactionDiscarded(context);
        }
        return ValueTask.FromResult(result);
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            fastLane.TransactionDiscarded(context);
        }
        return Task.CompletedTask;
    }

    private static bool HasPendingOutboxRows(DbContext context) =>
        context.ChangeTracker.Entries<OutboxMessage>().Any(entry => entry.Entity.DispatchedAt is null);
}
