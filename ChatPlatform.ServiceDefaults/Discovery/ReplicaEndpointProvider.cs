using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.ServiceDiscovery;
using StackExchange.Redis;

namespace ChatPlatform.ServiceDefaults.Discovery;

/// <summary>
/// Service discovery from the replica directory: the live replicas' own addresses, so requests and WebSockets go
/// straight to a replica. With no live entry (or no Redis) it adds nothing and the next provider (configuration) answers.
/// Looks again every interval, so replicas that come and go are followed.
/// </summary>
internal sealed partial class ReplicaEndpointProvider(
    string serviceName,
    IConnectionMultiplexer redis,
    TimeSpan refresh,
    TimeProvider time,
    ILogger logger) : IServiceEndpointProvider
{
    public async ValueTask PopulateAsync(IServiceEndpointBuilder endpoints, CancellationToken cancellationToken)
    {
        endpoints.AddChangeToken(new CancellationChangeToken(new CancellationTokenSource(refresh).Token));
        if (endpoints.Endpoints.Count != 0)
        {
            return;
        }
        RedisValue[] live;
        try
        {
            live = await redis.GetDatabase().SortedSetRangeByScoreAsync(
                ReplicaDirectoryKeys.For(serviceName), time.GetUtcNow().ToUnixTimeMilliseconds(), double.PositiveInfinity);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogDirectoryUnavailable(logger, serviceName, exception);
            return;
        }
        foreach (var address in live)
        {
            if (Uri.TryCreate(address.ToString(), UriKind.Absolute, out var uri))
            {
                endpoints.Endpoints.Add(ServiceEndpoint.Create(new UriEndPoint(uri)));
            }
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public override string ToString() => $"Replica directory ({serviceName})";

    [LoggerMessage(Level = LogLevel.Debug, Message = "Replica directory unavailable for {ServiceName}; falling back to configuration")]
    private static partial void LogDirectoryUnavailable(ILogger logger, string serviceName, Exception exception);
}
