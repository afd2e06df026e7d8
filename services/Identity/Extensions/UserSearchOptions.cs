namespace ChatPlatform.Identity.Extensions;

/// <summary>How fast one user may search the directory (a token bucket per user and Identity instance).</summary>
public sealed class UserSearchOptions
{
    public const string SectionName = "UserSearch";

    public int PermitsPerSecond { get; set; } = 5;
    public int Burst { get; set; } = 20;
}
