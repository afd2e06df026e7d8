using ChatPlatform.Identity.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatPlatform.Identity.Infrastructure.EntityConfigurations;

internal sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> token)
    {
        token.ToTable("refresh_tokens");
        token.HasKey(t => t.Id);
        token.Property(t => t.Id).ValueGeneratedNever();
        token.Property(t => t.TokenHash).HasMaxLength(64);
        // Rotation updates only a token still unused and unrevoked; a concurrent use of the same token then fails.
        token.Property(t => t.UsedAt).IsConcurrencyToken();
        token.Property(t => t.RevokedAt).IsConcurrencyToken();
        token.HasIndex(t => t.TokenHash).IsUnique().HasDatabaseName("ux_refresh_tokens_token_hash");
        token.HasIndex(t => t.FamilyId).HasDatabaseName("ix_refresh_tokens_family_id");
        token.HasIndex(t => t.ExpiresAt).HasDatabaseName("ix_refresh_tokens_expires_at");
        token.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
