using System.Globalization;
using System.Threading.RateLimiting;
using ChatPlatform.Gateway.Middleware;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Gateway.RateLimiting;

public static class RateLimitingExtensions
{
    public static void AddGatewayRateLimiting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>()
            .BindConfiguration(RateLimitOptions.SectionName)
            .Validate(options => options.IsValid, "RateLimits: PermitsPerSecond must be positive and Burst at least PermitsPerSecond.")
            .ValidateOnStart();

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartitions.For(context, context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value));
            limiter.OnRejected = WriteRejection;
        });
    }

    public static WebApplication UseGatewayRateLimiting(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    private static async ValueTask WriteRejection(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
            : 1;
        rejected.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        await GatewayProblem.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
            $"Too many requests. Retry after {retryAfter} s.");
    }
}
