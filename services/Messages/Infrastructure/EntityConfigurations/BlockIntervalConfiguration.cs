using ChatPlatform.Messages.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatPlatform.Messages.Infrastructure.EntityConfigurations;

internal sealed class BlockIntervalConfiguration : IEntityTypeConfiguration<BlockInterval>
{
    /// <summary>At most one open interval per pair, so a repeated UserBlocked opens nothing new.</summary>
    public const string OpenIntervalIndex = "ux_block_intervals_open";

    public void Configure(EntityTypeBuilder<BlockInterval> interval)
    {
        interval.ToTable("block_intervals");
        interval.HasKey(b => new { b.BlockerId, b.BlockedId, b.BlockedAt });
        interval.HasIndex(b => new { b.BlockerId, b.BlockedId })
            .IsUnique()
            .HasFilter("unblocked_at IS NULL")
            .HasDatabaseName(OpenIntervalIndex);
        interval.HasIndex(b => b.BlockedId);
    }
}
