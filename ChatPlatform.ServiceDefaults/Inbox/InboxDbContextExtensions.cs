using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.ServiceDefaults.Inbox;

public static class InboxDbContextExtensions
{
    /// <summary>
    /// Records that <paramref name="consumer"/> handled <paramref name="messageId"/>, in the caller's unit of work;
    /// returns false when it already had (a redelivery), so the consumer skips it.
    /// </summary>
    public static async Task<bool> TryMarkProcessedAsync(this IInboxDbContext db, Guid messageId, string consumer, CancellationToken cancellationToken = default)
    {
        if (await db.ProcessedMessages.AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, cancellationToken))
        {
            return false;
        }
        db.ProcessedMessages.Add(new ProcessedMessage { MessageId = messageId, Consumer = consumer, ProcessedAt = DateTimeOffset.UtcNow });
        return true;
    }
}
