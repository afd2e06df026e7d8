using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatPlatform.ServiceDefaults.Discovery;

/// <summary>
/// Keeps this replica's address in the directory while it runs (renewed every interval, removed first thing on
/// shutdown so callers move away before it stops listening).
/// </summary>
internal sealed partial class ReplicaAnnouncer(
    Microsoft.AspNetCore.Hosting.Server.IServer server,
    IConnectionMultiplexer redis,
    IHostApplicationLifetime lifetime,
    IOptions<ReplicaDirectoryOptions> options,
    ReplicaServiceName serviceName,
    TimeProvider time,
    ILogger<ReplicaAnnouncer> logger) : BackgroundService
{
    private string? _address;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await WaitForStartAsync(stoppingToken))
        {
            return;
        }
        _address = AdvertisedAddress();
        if (_address is null)
        {
            LogNoAddress(logger, serviceName.Value);
            return;
        }
        LogAnnouncing(logger, serviceName.Value, _address);
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        try
        {
            do
            {
                await RenewAsync(_address);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_address is not null)
        {
            try
            {
                await redis.GetDatabase().SortedSetRemoveAsync(ReplicaDirectoryKeys.For(serviceName.Value), _address);
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                LogRenewFailed(logger, exception);
            }
        }
    }

    private async Task RenewAsync(string address)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var key = ReplicaDirectoryKeys.For(serviceName.Value);
        try
        {
            var db = redis.GetDatabase();
            await db.SetAddAsync(ReplicaDirectoryKeys.Managed, serviceName.Value);
            await db.SortedSetAddAsync(key, address, now + (long)options.Value.EntryLifetime.TotalMilliseconds);
            await db.SortedSetRemoveRangeByScoreAsync(key, double.NegativeInfinity, now);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogRenewFailed(logger, exception);
        }
    }

    private async Task<bool> WaitForStartAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled());
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private string? AdvertisedAddress()
    {
        if (options.Value.AdvertisedUrl is { } configured)
        {
            return configured.GetLeftPart(UriPartial.Authority);
        }
        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses
            .FirstOrDefault(address => address.StartsWith("http://", StringComparison.OrdinalIgnoreCase));
        if (listening is null)
        {
            return null;
        }
        // Kestrel reports wildcard or "localhost" hosts; callers on this machine reach it on the loopback address.
        var uri = new Uri(listening.Replace("://+", "://127.0.0.1").Replace("://*", "://127.0.0.1").Replace("://[::]", "://127.0.0.1"));
        var host = uri.Host is "localhost" or "0.0.0.0" ? "127.0.0.1" : uri.Host;
        return new UriBuilder(uri.Scheme, host, uri.Port).Uri.GetLeftPart(UriPartial.Authority);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Announcing replica of {ServiceName} at {Address}")]
    private static partial void LogAnnouncing(ILogger logger, string serviceName, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Replica of {ServiceName} has no http address to announce")]
    private static partial void LogNoAddress(ILogger logger, string serviceName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Replica directory entry could not be renewed")]
    private static partial void LogRenewFailed(ILogger logger, Exception exception);
}
