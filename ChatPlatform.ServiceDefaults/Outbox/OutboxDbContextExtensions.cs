using System.Text.Json;

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
}
