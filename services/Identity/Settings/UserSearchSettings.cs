namespace ChatPlatform.Identity.Settings;

/// <summary>How fast one user may search the directory (a token bucket per user and Identity instance).</summary>
public sealed class UserSearchSettings
{
    public const string SectionName = "UserSearch";

    public int PermitsPerSecond { get; set; } = 5;
    public int Burst { get; set; } = 20;
}
