namespace ChatPlatform.Sessions.Model;

/// <summary>The <c>unread_count</c> and <c>mention_count</c> of one session after the user's preferences.</summary>
public readonly record struct NotificationCounts(int UnreadCount, int MentionCount);
