namespace ChatPlatform.Identity.Application.Login;

/// <summary>How many failed logins are tolerated per account and per client address within a sliding window (section <c>LoginThrottle</c>).</summary>
public sealed class LoginThrottleOptions
{
    public const string SectionName = "LoginThrottle";

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
    public int MaxFailuresPerAccount { get; set; } = 5;
    public int MaxFailuresPerAddress { get; set; } = 100;
}
