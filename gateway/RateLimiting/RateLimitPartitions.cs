using System.Threading.RateLimiting;
using ChatPlatform.ServiceDefaults.Auth;

namespace ChatPlatform.Gateway.RateLimiting;

/// <summary>Which bucket a request spends from: the user's when the token is valid, else the client IP's.</summary>
public static class RateLimitPartitions
{
    public static RateLimitPartition<string> For(HttpContext context, RateLimitOptions options)
    {
        if (!options.Enabled || IsInfrastructure(context.Request.Path))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var userId = context.User.Identity?.IsAuthenticated == true ? context.User.FindFirst(ChatClaims.Subject)?.Value : null;
        return userId is not null
            ? RateLimitPartition.GetTokenBucketLimiter($"user:{userId}", _ => options.PerUser.ToLimiterOptions())
            : RateLimitPartition.GetTokenBucketLimiter($"ip:{context.Connection.RemoteIpAddress}", _ => options.PerIp.ToLimiterOptions());
    }

    /// <summary>Orchestrator probes must never be throttled.</summary>
    private static bool IsInfrastructure(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/alive");
}
