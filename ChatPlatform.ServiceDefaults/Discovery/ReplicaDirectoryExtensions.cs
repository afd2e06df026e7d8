using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.ServiceDiscovery;

namespace ChatPlatform.ServiceDefaults.Discovery;

public static class ReplicaDirectoryExtensions
{
    /// <summary>
    /// Resolves service names from the replica directory first (when <c>ReplicaDirectory:Enabled</c>); call before
    /// <c>AddServiceDiscovery</c>, whose providers only answer when an earlier one found nothing.
    /// </summary>
    public static IServiceCollection AddReplicaDirectoryDiscovery(this IServiceCollection services)
    {
        services.AddOptions<ReplicaDirectoryOptions>().BindConfiguration(ReplicaDirectoryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IServiceEndpointProviderFactory, ReplicaEndpointProviderFactory>();
        return services;
    }

    /// <summary>Announces this replica in the directory while it runs (when <c>ReplicaDirectory:Enabled</c>; needs the Redis client).</summary>
    public static IHostApplicationBuilder AnnounceReplica(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(provider => ReplicaServiceName.From(
            provider.GetRequiredService<IOptions<ReplicaDirectoryOptions>>(),
            provider.GetRequiredService<IConfiguration>(),
            provider.GetRequiredService<IHostEnvironment>()));
        if (builder.Configuration.GetValue<bool>($"{ReplicaDirectoryOptions.SectionName}:Enabled"))
        {
            builder.Services.AddHostedService<ReplicaAnnouncer>();
        }
        return builder;
    }
}
