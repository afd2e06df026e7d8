using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.ServiceDefaults.Inbox;

public static class InboxModelExtensions
{
    /// <summary>Maps <c>processed_messages</c>; call from OnModelCreating of an <see cref="IInboxDbContext"/>.</summary>
    public static ModelBuilder AddInboxTable(this ModelBuilder model)
    {
        model.Entity<ProcessedMessage>(inbox =>
        {
            inbox.ToTable("processed_messages");
            inbox.HasKey(m => new { m.MessageId, m.Consumer });
            inbox.Property(m => m.MessageId).HasColumnName("message_id");
            inbox.Property(m => m.Consumer).HasColumnName("consumer").HasMaxLength(256);
            inbox.Property(m => m.ProcessedAt).HasColumnName("processed_at");
        });
        return model;
    }
}
