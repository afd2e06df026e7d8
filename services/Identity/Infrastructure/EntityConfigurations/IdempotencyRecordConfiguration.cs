using ChatPlatform.Identity.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatPlatform.Identity.Infrastructure.EntityConfigurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public const int MaxKeyLength = 255;

    public void Configure(EntityTypeBuilder<IdempotencyRecord> record)
    {
        record.ToTable("idempotency_records");
        record.HasKey(r => new { r.Scope, r.Key });
        record.Property(r => r.Scope).HasMaxLength(64);
        record.Property(r => r.Key).HasMaxLength(MaxKeyLength);
        record.Property(r => r.RequestFingerprint).HasMaxLength(64);
        record.Property(r => r.ResponseJson).HasColumnType("jsonb");
        record.HasIndex(r => r.CreatedAt).HasDatabaseName("ix_idempotency_records_created_at");
    }
}
