namespace ChatPlatform.Gateway.RateLimiting;

/// <summary>
/// Section <c>RateLimits</c>: token buckets per user (the token's <c>sub</c>) and, for anonymous
/// callers, per client IP. Each gateway replica keeps its own buckets in memory.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    public bool Enabled { get; set; } = true;

    public TokenBucketLimit PerUser { get; set; } = new() { PermitsPerSecond = 100, Burst = 200 };

    public TokenBucketLimit PerIp { get; set; } = new() { PermitsPerSecond = 50, Burst = 100 };

    public bool IsValid => PerUser.IsValid && PerIp.IsValid;
}
