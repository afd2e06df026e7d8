using ChatPlatform.Sessions.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatPlatform.Sessions.Infrastructure.EntityConfigurations;

internal sealed class NotificationPreferencesConfiguration : IEntityTypeConfiguration<NotificationPreferences>
{
    public void Configure(EntityTypeBuilder<NotificationPreferences> preferences)
    {
        preferences.ToTable("notification_preferences");
        preferences.HasKey(p => p.UserId);
        preferences.Property(p => p.UserId).HasColumnName("user_id").ValueGeneratedNever();
        preferences.Property(p => p.MutedSessionIds).HasColumnName("muted_session_ids");
        preferences.Property(p => p.MentionsOnly).HasColumnName("mentions_only");
        preferences.Property(p => p.NotifyMentionsInMuted).HasColumnName("notify_mentions_in_muted");
        preferences.Property(p => p.UpdatedAt).HasColumnName("updated_at");
    }
}
