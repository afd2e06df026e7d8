namespace ChatPlatform.Client.Realtime;

/// <summary>A <c>presence</c> frame: a user went online, away or offline.</summary>
public sealed record PresenceEvent(Guid UserId, string Status, DateTimeOffset? LastSeen);
