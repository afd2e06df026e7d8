using ChatPlatform.Messages.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatPlatform.Messages.Infrastructure.EntityConfigurations;

internal sealed class UserProfileConfiguration : IEntityTypeConfiguration<UserProfile>
{
    public void Configure(EntityTypeBuilder<UserProfile> user)
    {
        user.ToTable("users");
        user.HasKey(u => u.UserId);
        user.Property(u => u.UserId).ValueGeneratedNever();
    }
}
