namespace ChatPlatform.Presence.Rules;

/// <summary>The statuses of a <c>presence</c> frame.</summary>
public static class PresenceStatus
{
    public const string Online = "online";
    public const string Away = "away";
    public const string Offline = "offline";
}
