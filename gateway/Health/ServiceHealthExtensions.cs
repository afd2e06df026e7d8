using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatPlatform.Gateway.Health;

public static class ServiceHealthExtensions
{
    /// <summary>One health check per cluster of the <c>ReverseProxy</c> section, named after the service.</summary>
    public static IHostApplicationBuilder AddServiceHealthChecks(this IHostApplicationBuilder builder)
    {
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked experimental; a health probe must not retry.
        builder.Services.AddHttpClient(ServiceHealthCheck.HttpClientName).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        var checks = builder.Services.AddHealthChecks();
        foreach (var cluster in builder.Configuration.GetSection("ReverseProxy:Clusters").GetChildren())
        {
            var service = cluster.Key;
            checks.Add(new HealthCheckRegistration(
                service,
                provider => new ServiceHealthCheck(provider.GetRequiredService<IHttpClientFactory>(), service),
                HealthStatus.Degraded,
                tags: ["service"]));
        }
        return builder;
    }
}
