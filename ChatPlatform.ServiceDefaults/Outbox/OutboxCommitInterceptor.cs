using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ChatPlatform.ServiceDefaults.Outbox;

/// <summary>
/// Wakes the dispatcher once outbox rows are committed: after SaveChanges outside a transaction,
/// or after the commit of an explicit transaction.
/// </summary>
internal sealed class OutboxCommitInterceptor(OutboxSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
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
        if (eventData.Context is { } context && HasPendingOutboxRows(context))
        {
            signal.Notify();
        }
        return Task.CompletedTask;
    }

    private static bool HasPendingOutboxRows(DbContext context) =>
        context.ChangeTracker.Entries<OutboxMessage>().Any(entry => entry.Entity.DispatchedAt is null);
}
