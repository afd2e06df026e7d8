using ChatPlatform.Messages.Application.Sending;
using ChatPlatform.Messages.Infrastructure;

namespace ChatPlatform.Messages.Extensions;

public static class RateLimitingExtensions
{
    /// <summary>The per-user send rate limit (needs the <c>redis</c> client registered).</summary>
    public static IHostApplicationBuilder AddSendRateLimiting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SendRateLimitOptions>()
            .BindConfiguration(SendRateLimitOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<RedisTokenBucket>();
        builder.Services.AddScoped<SendRateGate>();
        return builder;
    }
}
