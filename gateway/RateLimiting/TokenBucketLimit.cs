using System.Threading.RateLimiting;

namespace ChatPlatform.Gateway.RateLimiting;

/// <summary>A sustained rate and the burst a client may spend at once.</summary>
public sealed class TokenBucketLimit
{
    public int PermitsPerSecond { get; set; }

    public int Burst { get; set; }

    public bool IsValid => PermitsPerSecond > 0 && Burst >= PermitsPerSecond;

    public TokenBucketRateLimiterOptions ToLimiterOptions() => new()
    {
        TokenLimit = Burst,
        TokensPerPeriod = PermitsPerSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        AutoReplenishment = true,
        QueueLimit = 0,
    };
}
