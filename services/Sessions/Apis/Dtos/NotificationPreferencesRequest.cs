namespace ChatPlatform.Sessions.Apis.Dtos;

/// <summary>A field left out keeps its current value.</summary>
public sealed record NotificationPreferencesRequest(IReadOnlyList<Guid>? MutedSessionIds, bool? MentionsOnly, bool? NotifyMentionsInMuted);
