using ChatPlatform.Messages.Model;
using ChatPlatform.Messages.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatPlatform.Messages.Infrastructure.EntityConfigurations;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public const string IdempotencyKeyIndex = "ux_attachments_idempotency_key";

    public void Configure(EntityTypeBuilder<Attachment> attachment)
    {
        attachment.ToTable("attachments");
        attachment.HasKey(a => a.Id);
        attachment.Property(a => a.Id).ValueGeneratedNever();
        attachment.Property(a => a.FileName).HasMaxLength(AttachmentLimits.FileNameMaxLength);
        attachment.Property(a => a.ContentType).HasMaxLength(AttachmentLimits.ContentTypeMaxLength);
        attachment.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength();
        attachment.Property(a => a.IdempotencyKey).HasMaxLength(AttachmentLimits.IdempotencyKeyMaxLength);
        attachment.HasIndex(a => a.ChatSessionId);
        attachment.HasIndex(a => new { a.ChatSessionId, a.UploaderId, a.IdempotencyKey })
            .IsUnique()
            .HasFilter("idempotency_key IS NOT NULL")
            .HasDatabaseName(IdempotencyKeyIndex);
    }
}
