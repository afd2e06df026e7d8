using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.ServiceDiscovery;
using StackExchange.Redis;

namespace ChatPlatform.ServiceDefaults.Discovery;

/// <summary>Answers every service name from the replica directory when it is on and Redis is registered.</summary>
internal sealed class ReplicaEndpointProviderFactory(
    IServiceProvider services,
    IOptions<ReplicaDirectoryOptions> options,
    TimeProvider time,
    ILoggerFactory loggers) : IServiceEndpointProviderFactory
{
    public bool TryCreateProvider(ServiceEndpointQuery query, [NotNullWhen(true)] out IServiceEndpointProvider? provider)
    {
        provider = null;
        if (!options.Value.Enabled || services.GetService<IConnectionMultiplexer>() is not { } redis)
        {
            return false;
        }
        provider = new ReplicaEndpointProvider(query.ServiceName, redis, options.Value.Interval, time, loggers.CreateLogger<ReplicaEndpointProvider>());
        return true;
    }
}
