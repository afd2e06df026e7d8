using ChatPlatform.Identity.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatPlatform.Identity.Infrastructure.EntityConfigurations;

internal sealed class SigningKeyConfiguration : IEntityTypeConfiguration<SigningKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> key)
    {
        key.ToTable("signing_keys");
        key.HasKey(k => k.Kid);
        key.Property(k => k.Kid).HasMaxLength(64);
        // At most one active key: replicas that start together race on this index and all but one insert nothing.
        key.HasIndex(k => k.Active).IsUnique().HasFilter("active").HasDatabaseName("ux_signing_keys_single_active");
    }
}
