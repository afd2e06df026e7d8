using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.ServiceDefaults.Outbox;

public static class OutboxModelExtensions
{
    /// <summary>A W3C traceparent: version, trace id, span id and flags, 55 characters.</summary>
    private const int TraceParentLength = 55;

    /// <summary>Maps <c>outbox_messages</c>; call from OnModelCreating.</summary>
    public static ModelBuilder AddOutboxTable(this ModelBuilder model)
    {
        model.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Id).HasColumnName("id");
            outbox.Property(m => m.Type).HasColumnName("type").HasMaxLength(512);
            outbox.Property(m => m.Payload).HasColumnName("payload").HasColumnType("jsonb");
            outbox.Property(m => m.OccurredAt).HasColumnName("occurred_at");
            outbox.Property(m => m.DispatchedAt).HasColumnName("dispatched_at");
            outbox.Property(m => m.Attempts).HasColumnName("attempts");
            outbox.Property(m => m.TraceParent).HasColumnName("trace_parent").HasMaxLength(TraceParentLength);
            outbox.HasIndex(m => m.OccurredAt).HasFilter("dispatched_at IS NULL").HasDatabaseName("ix_outbox_messages_pending");
        });
        return model;
    }
}
