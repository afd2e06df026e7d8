using ChatPlatform.Moderation.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatPlatform.Moderation.Infrastructure.EntityConfigurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("audit_log");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).ValueGeneratedNever();
        entry.Property(e => e.Action).HasMaxLength(32);
        entry.Property(e => e.Details).HasColumnType("jsonb");
        entry.HasIndex(e => e.SourceId).IsUnique();
        // Newest first, overall and per filter.
        entry.HasIndex(e => new { e.OccurredAt, e.Id }).IsDescending();
        entry.HasIndex(e => new { e.ActorId, e.OccurredAt, e.Id }).IsDescending(false, true, true);
        entry.HasIndex(e => new { e.SessionId, e.OccurredAt, e.Id }).IsDescending(false, true, true);
        entry.HasIndex(e => new { e.Action, e.OccurredAt, e.Id }).IsDescending(false, true, true);
    }
}
