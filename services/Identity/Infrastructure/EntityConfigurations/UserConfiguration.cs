using ChatPlatform.Identity.Model;
using ChatPlatform.Identity.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatPlatform.Identity.Infrastructure.EntityConfigurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public const string UniqueEmailIndex = "ux_users_normalized_email";

    public void Configure(EntityTypeBuilder<User> user)
    {
        user.ToTable("users");
        user.HasKey(u => u.Id);
        user.Property(u => u.Id).ValueGeneratedNever();
        user.Property(u => u.Email).HasMaxLength(EmailAddress.MaxLength);
        user.Property(u => u.NormalizedEmail).HasMaxLength(EmailAddress.MaxLength);
        user.Property(u => u.DisplayName).HasMaxLength(RegistrationRules.MaxDisplayNameLength);
        user.Property(u => u.PasswordHash).HasMaxLength(512);
        user.HasIndex(u => u.NormalizedEmail).IsUnique().HasDatabaseName(UniqueEmailIndex);
    }
}
