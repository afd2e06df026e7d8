using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace ChatPlatform.ServiceDefaults.Redis;

public static class RedisExtensions
{
    public const string ConnectionName = "redis";

    /// <summary>
    /// The Redis client of every service, set up so that Redis going away degrades the chat instead of stopping it:
    /// a command while the connection is down fails at once (instead of waiting in a backlog for the timeout), and
    /// every caller has a fallback (the rate limit lets sends through, membership asks Sessions, typing and presence
    /// go quiet). The client keeps reconnecting in the background. Redis' health is reported as Degraded, never
    /// Unhealthy: a replica without Redis still serves the chat and must stay in rotation. Called once or more (the
    /// replica directory needs it too); the first call registers the client.
    /// </summary>
    public static IHostApplicationBuilder AddChatRedis(this IHostApplicationBuilder builder)
    {
        if (builder.Services.Any(service => service.ServiceType == typeof(IConnectionMultiplexer)))
        {
            return builder;
        }
        builder.AddRedisClient(ConnectionName,
            settings => settings.DisableHealthChecks = true,
            options =>
            {
                options.AbortOnConnectFail = false;
                options.BacklogPolicy = BacklogPolicy.FailFast;
                options.ConnectTimeout = 2_000;
                options.AsyncTimeout = 2_000;
                options.SyncTimeout = 2_000;
                options.ReconnectRetryPolicy = new ExponentialRetry(deltaBackOffMilliseconds: 250, maxDeltaBackOffMilliseconds: 2_000);
            });
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>(ConnectionName, HealthStatus.Degraded);
        return builder;
    }
}
