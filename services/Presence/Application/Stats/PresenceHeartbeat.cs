using ChatPlatform.Presence.Application.Connections;
using ChatPlatform.Presence.Infrastructure;
using ChatPlatform.Presence.Rules;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatPlatform.Presence.Application.Stats;

/// <summary>
/// Keeps this replica alive in Redis (its counters and user set expire a few beats after it stops), and on shutdown
/// closes every socket with 1001 so clients reconnect to another replica, then leaves the totals.
/// </summary>
public sealed partial class PresenceHeartbeat(
    InstanceStatsStore stats,
    ConnectionRegistry registry,
    IHostApplicationLifetime lifetime,
    IOptions<PresenceOptions> options,
    ILogger<PresenceHeartbeat> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var stopping = lifetime.ApplicationStopping.Register(CloseAllSockets);
        using var timer = new PeriodicTimer(options.Value.HeartbeatInterval);
        try
        {
            do
            {
                await BeatAsync();
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task BeatAsync()
    {
        try
        {
            await stats.PublishAsync();
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogHeartbeatFailed(logger, exception);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await stats.RemoveAsync();
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogHeartbeatFailed(logger, exception);
        }
    }

    private void CloseAllSockets()
    {
        foreach (var connection in registry.All)
        {
            connection.Close(ChatCloseStatus.GoingAway, "The server is restarting; reconnect with since_seq.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Presence heartbeat to Redis failed")]
    private static partial void LogHeartbeatFailed(ILogger logger, Exception exception);
}
