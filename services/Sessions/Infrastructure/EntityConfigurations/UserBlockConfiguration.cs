using ChatPlatform.Sessions.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatPlatform.Sessions.Infrastructure.EntityConfigurations;

internal sealed class UserBlockConfiguration : IEntityTypeConfiguration<UserBlock>
{
    public void Configure(EntityTypeBuilder<UserBlock> block)
    {
        block.ToTable("user_blocks");
        block.HasKey(b => new { b.BlockerId, b.BlockedId });
        block.Property(b => b.BlockerId).HasColumnName("blocker_id");
        block.Property(b => b.BlockedId).HasColumnName("blocked_id");
        block.Property(b => b.IsBlocked).HasColumnName("is_blocked");
        block.Property(b => b.ChangedAt).HasColumnName("changed_at");
        // Enforcement asks "does any of these people block me?": by blocked user.
        block.HasIndex(b => b.BlockedId).HasFilter("is_blocked").HasDatabaseName("ix_user_blocks_blocked_id");
    }
}
