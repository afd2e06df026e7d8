using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.ServiceDefaults.Outbox;

public static class OutboxDbContextExtensions
{
    /// <summary>Adds an event to the outbox; it is published only if the surrounding SaveChanges commits.</summary>
    public static void AddOutboxMessage<TEvent>(this IOutboxDbContext db, TEvent message) where TEvent : class =>
        db.OutboxMessages.Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            Type = OutboxTypeName.Of(typeof(TEvent)),
            Payload = JsonSerializer.Serialize(message),
            OccurredAt = DateTimeOffset.UtcNow,
            TraceParent = OutboxTrace.Capture(),
        });

    /// <summary>
    /// Records that <paramref name="consumer"/> handled <paramref name="messageId"/>, in the caller's unit of work;
    /// returns false when it already had (a redelivery), so the consumer skips it.
    /// </summary>
    public static async Task<bool> TryMarkProcessedAsync(this IOutboxDbContext db, Guid messageId, string consumer, CancellationToken cancellationToken = default)
    {
        if (await db.ProcessedMessages.AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, cancellationToken))
        {
            return false;
        }
        db.ProcessedMessages.Add(new ProcessedMessage { MessageId = messageId, Consumer = consumer, ProcessedAt = DateTimeOffset.UtcNow });
        return true;
    }
}
