using System.ComponentModel.DataAnnotations;
using ChatPlatform.Sessions.Model;

namespace ChatPlatform.Sessions.Apis.Dtos;

/// <summary>A field left out keeps its current value.</summary>
public sealed record NotificationPreferencesRequest(
    [MaxLength(NotificationPreferences.MaxMutedSessions)] IReadOnlyList<Guid>? MutedSessionIds, bool? MentionsOnly, bool? NotifyMentionsInMuted);
