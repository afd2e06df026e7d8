namespace ChatPlatform.Sessions.Model;

/// <summary>
/// How a user wants to be notified: muted sessions count no unread messages (mentions still count unless
/// <see cref="NotifyMentionsInMuted"/> is off); with <see cref="MentionsOnly"/> only mentions count as unread.
/// </summary>
public sealed class NotificationPreferences
{
    public const int MaxMutedSessions = 1000;

    public Guid UserId { get; init; }
    public List<Guid> MutedSessionIds { get; set; } = [];
    public bool MentionsOnly { get; set; }
    public bool NotifyMentionsInMuted { get; set; } = true;
    public DateTimeOffset UpdatedAt { get; set; }

    public static NotificationPreferences Default(Guid userId) => new() { UserId = userId };

    public bool IsMuted(Guid sessionId) => MutedSessionIds.Contains(sessionId);

    /// <summary>The counts a session list shows for raw unread and unread-mention counts from Messages.</summary>
    public NotificationCounts Apply(Guid sessionId, int unread, int unreadMentions)
    {
        if (IsMuted(sessionId))
        {
            return new NotificationCounts(0, NotifyMentionsInMuted ? unreadMentions : 0);
        }
        return MentionsOnly ? new NotificationCounts(unreadMentions, unreadMentions) : new NotificationCounts(unread, unreadMentions);
    }
}
