using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatPlatform.Sessions.Infrastructure.EntityConfigurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> record)
    {
        record.ToTable("idempotency_records");
        record.HasKey(r => new { r.UserId, r.Operation, r.Key });
        record.Property(r => r.UserId).HasColumnName("user_id");
        record.Property(r => r.Operation).HasColumnName("operation").HasMaxLength(32);
        record.Property(r => r.Key).HasColumnName("key").HasMaxLength(IdempotencyKeys.MaxLength);
        record.Property(r => r.ResourceId).HasColumnName("resource_id");
        record.Property(r => r.CreatedAt).HasColumnName("created_at");
    }
}
