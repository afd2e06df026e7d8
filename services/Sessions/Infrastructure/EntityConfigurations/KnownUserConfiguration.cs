using ChatPlatform.Sessions.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatPlatform.Sessions.Infrastructure.EntityConfigurations;

internal sealed class KnownUserConfiguration : IEntityTypeConfiguration<KnownUser>
{
    public void Configure(EntityTypeBuilder<KnownUser> user)
    {
        user.ToTable("known_users");
        user.HasKey(u => u.UserId);
        user.Property(u => u.UserId).HasColumnName("user_id").ValueGeneratedNever();
        user.Property(u => u.DisplayName).HasColumnName("display_name").HasMaxLength(200);
        user.Property(u => u.Roles).HasColumnName("roles");
        user.Property(u => u.RolesAt).HasColumnName("roles_at");
        user.Ignore(u => u.IsAgent);
    }
}
