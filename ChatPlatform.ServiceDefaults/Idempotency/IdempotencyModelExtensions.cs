using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.ServiceDefaults.Idempotency;

public static class IdempotencyModelExtensions
{
    /// <summary>A hex SHA-256, the fingerprint services write.</summary>
    private const int FingerprintLength = 64;

    /// <summary>Maps <c>idempotency_records</c>; call from OnModelCreating of an <see cref="IIdempotencyDbContext"/>.</summary>
    public static ModelBuilder AddIdempotencyTable(this ModelBuilder model)
    {
        model.Entity<IdempotencyRecord>(record =>
        {
            record.ToTable("idempotency_records");
            record.HasKey(r => new { r.UserId, r.Operation, r.Key });
            record.Property(r => r.UserId).HasColumnName("user_id");
            record.Property(r => r.Operation).HasColumnName("operation").HasMaxLength(64);
            record.Property(r => r.Key).HasColumnName("key").HasMaxLength(IdempotencyRecord.MaxKeyLength);
            record.Property(r => r.RequestFingerprint).HasColumnName("request_fingerprint").HasMaxLength(FingerprintLength);
            record.Property(r => r.ResourceId).HasColumnName("resource_id");
            record.Property(r => r.ResponseJson).HasColumnName("response_json").HasColumnType("jsonb");
            record.Property(r => r.CreatedAt).HasColumnName("created_at");
            record.HasIndex(r => r.CreatedAt).HasDatabaseName("ix_idempotency_records_created_at");
        });
        return model;
    }
}
