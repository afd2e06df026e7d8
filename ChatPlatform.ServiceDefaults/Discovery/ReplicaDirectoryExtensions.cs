using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.ServiceDiscovery;
using ChatPlatform.ServiceDefaults.Redis;

namespace ChatPlatform.ServiceDefaults.Discovery;

public static class ReplicaDirectoryExtensions
{
    /// <summary>
    /// The replica directory, when <c>ReplicaDirectory:Enabled</c> (the AppHost's <c>WithReplicaDirectory</c>): this
    /// replica announces its own address in Redis while it runs, and service names resolve to the live replicas'
    /// addresses. Call after <c>AddServiceDiscovery</c>: the directory's provider runs last and overrides configuration's
    /// answer for the services it manages.
    /// </summary>
    public static IHostApplicationBuilder AddReplicaDirectory(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ReplicaDirectoryOptions>().BindConfiguration(ReplicaDirectoryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IServiceEndpointProviderFactory, ReplicaEndpointProviderFactory>();
        if (!builder.Configuration.GetValue<bool>($"{ReplicaDirectoryOptions.SectionName}:Enabled"))
        {
            return builder;
        }
        builder.AddChatRedis();
        services.AddSingleton(provider => ReplicaServiceName.From(
            provider.GetRequiredService<IOptions<ReplicaDirectoryOptions>>(),
            provider.GetRequiredService<IConfiguration>(),
            provider.GetRequiredService<IHostEnvironment>()));
        services.AddHostedService<ReplicaAnnouncer>();
        return builder;
    }
}
