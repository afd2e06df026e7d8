using ChatPlatform.Moderation.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatPlatform.Moderation.Infrastructure.EntityConfigurations;

internal sealed class BlockConfiguration : IEntityTypeConfiguration<Block>
{
    public void Configure(EntityTypeBuilder<Block> block)
    {
        block.ToTable("blocks");
        block.HasKey(b => new { b.BlockerId, b.BlockedId });
        // The caller's list, newest first.
        block.HasIndex(b => new { b.BlockerId, b.CreatedAt, b.BlockedId }).IsDescending(false, true, true);
    }
}
