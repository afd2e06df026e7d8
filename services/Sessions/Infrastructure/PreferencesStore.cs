using ChatPlatform.Sessions.Model;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Sessions.Infrastructure;

public static class PreferencesStore
{
    /// <summary>Stores a user's preferences whole (insert or replace); concurrent saves: the last one wins.</summary>
    public static Task SavePreferencesAsync(this SessionsDbContext db, NotificationPreferences preferences, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO notification_preferences (user_id, muted_session_ids, mentions_only, notify_mentions_in_muted, updated_at)
            VALUES ({preferences.UserId}, {preferences.MutedSessionIds.ToArray()}, {preferences.MentionsOnly}, {preferences.NotifyMentionsInMuted}, {preferences.UpdatedAt.ToUniversalTime()})
            ON CONFLICT (user_id) DO UPDATE
                SET muted_session_ids = EXCLUDED.muted_session_ids, mentions_only = EXCLUDED.mentions_only,
                    notify_mentions_in_muted = EXCLUDED.notify_mentions_in_muted, updated_at = EXCLUDED.updated_at
            """, cancellationToken);
}
