using ChatPlatform.ServiceDefaults.Inbox;
using ChatPlatform.ServiceDefaults.Outbox;

namespace ChatPlatform.Messages.Infrastructure;

/// <summary>Runs a consumer's work once per message id: the inbox row, the work and its outbox rows commit together.</summary>
public sealed class InboxTransaction(MessagesDbContext db, OutboxSignal outbox)
{
    public async Task RunOnceAsync(Guid messageId, string consumer, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.TryMarkProcessedAsync(messageId, consumer, cancellationToken))
        {
            return;
        }
        await db.SaveChangesAsync(cancellationToken);
        await work(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outbox.Notify();
    }
}
