using ChatPlatform.Sessions.Model;

namespace ChatPlatform.Sessions.Apis.Dtos;

public sealed record NotificationPreferencesResponse(IReadOnlyList<Guid> MutedSessionIds, bool MentionsOnly, bool NotifyMentionsInMuted)
{
    public static NotificationPreferencesResponse From(NotificationPreferences preferences) =>
        new(preferences.MutedSessionIds, preferences.MentionsOnly, preferences.NotifyMentionsInMuted);
}
