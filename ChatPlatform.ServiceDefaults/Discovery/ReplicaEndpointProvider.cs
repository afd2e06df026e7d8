using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.ServiceDiscovery;
using StackExchange.Redis;

namespace ChatPlatform.ServiceDefaults.Discovery;

/// <summary>
/// Service discovery from the replica directory: the live replicas' own addresses, so requests and WebSockets go
/// straight to a replica. It runs after the configuration provider and, for a service whose replicas announce
/// themselves, replaces configuration's answer with the directory's, even an empty one: with no replica running, a
/// caller fails at once (the gateway answers 503) instead of waiting on an address nothing serves. For a service that
/// does not announce, or while Redis cannot be reached, configuration's answer stands. Looks again every interval,
/// so replicas that come and go are followed.
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
        RedisValue[] live;
        try
        {
            var batch = redis.GetDatabase().CreateBatch();
            var managed = batch.SetContainsAsync(ReplicaDirectoryKeys.Managed, serviceName);
            var addresses = batch.SortedSetRangeByScoreAsync(
                ReplicaDirectoryKeys.For(serviceName), time.GetUtcNow().ToUnixTimeMilliseconds(), double.PositiveInfinity);
            batch.Execute();
            if (!await managed)
            {
                return;
            }
            live = await addresses;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogDirectoryUnavailable(logger, serviceName, exception);
            return;
        }
        endpoints.Endpoints.Clear();
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
