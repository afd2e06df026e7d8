using System.Globalization;
using System.Threading.RateLimiting;
using ChatPlatform.Identity.Apis;
using ChatPlatform.ServiceDefaults.Auth;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Identity.Extensions;

/// <summary>
/// The directory search is rate-limited per user (a token bucket), so a typeahead stays fast while nobody can walk
/// the whole directory; a refusal is a 429 problem with <c>Retry-After</c>.
/// </summary>
public static class UserSearchRateLimiting
{
    public static IServiceCollection AddUserSearchRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<UserSearchOptions>().BindConfiguration(UserSearchOptions.SectionName)
            .Validate(s => s.PermitsPerSecond > 0 && s.Burst >= s.PermitsPerSecond, "UserSearch: PermitsPerSecond must be positive and Burst at least PermitsPerSecond.")
            .ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(UserDirectoryApi.RateLimitPolicy, context =>
            {
                var settings = context.RequestServices.GetRequiredService<IOptions<UserSearchOptions>>().Value;
                return RateLimitPartition.GetTokenBucketLimiter(context.User.UserId(), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = settings.Burst,
                    TokensPerPeriod = settings.PermitsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            limiter.OnRejected = WriteRejectionAsync;
        });
        return services;
    }

    private static async ValueTask WriteRejectionAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
            : 1;
        var http = rejected.HttpContext;
        http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        var problem = Problem.Of(StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
            $"Too many searches. Retry after {retryAfter} s.", "Too Many Requests");
        await problem.ExecuteAsync(http);
    }
}
