using ChatPlatform.Sessions.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatPlatform.Sessions.Infrastructure.EntityConfigurations;

internal sealed class CannedResponseConfiguration : IEntityTypeConfiguration<CannedResponse>
{
    public void Configure(EntityTypeBuilder<CannedResponse> response)
    {
        response.ToTable("canned_responses");
        response.HasKey(r => r.Id);
        response.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        response.Property(r => r.OwnerId).HasColumnName("owner_id");
        response.Property(r => r.Title).HasColumnName("title").HasMaxLength(CannedResponseInput.MaxTitleLength);
        response.Property(r => r.Shortcut).HasColumnName("shortcut").HasMaxLength(CannedResponseInput.MaxShortcutLength);
        response.Property(r => r.Content).HasColumnName("content").HasMaxLength(CannedResponseInput.MaxContentLength);
        response.Property(r => r.Shared).HasColumnName("shared");
        response.Property(r => r.CreatedAt).HasColumnName("created_at");
        response.Property(r => r.UpdatedAt).HasColumnName("updated_at");
        response.HasIndex(r => new { r.OwnerId, r.Shortcut }).IsUnique().HasDatabaseName("ux_canned_responses_owner_shortcut");
        response.HasIndex(r => new { r.CreatedAt, r.Id }).IsDescending().HasDatabaseName("ix_canned_responses_created");
    }
}
