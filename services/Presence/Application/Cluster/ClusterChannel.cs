using System.Text.Json;
using ChatPlatform.Presence.Application.Delivery;
using ChatPlatform.Presence.Application.Typing;
using ChatPlatform.Presence.Infrastructure;
using ChatPlatform.ServiceDefaults;
using StackExchange.Redis;

namespace ChatPlatform.Presence.Application.Cluster;

/// <summary>
/// Typing and presence between replicas over Redis pub/sub. A replica publishes and hears its own events too, so
/// local and remote sockets are served by the same path. Messages are handled in order (one queue).
/// </summary>
public sealed partial class ClusterChannel(
    IConnectionMultiplexer redis,
    PresenceInstance instance,
    LocalFanOut fanOut,
    TypingTracker typing,
    ILogger<ClusterChannel> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    public void Publish(ClusterEvent clusterEvent)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(clusterEvent with { Origin = instance.Id }, ChatJson.Options);
        redis.GetSubscriber().Publish(RedisKeys.Events, payload, CommandFlags.FireAndForget);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var queue = await redis.GetSubscriber().SubscribeAsync(RedisKeys.Events);
                queue.OnMessage(message => Handle(message.Message));
                return;
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                LogSubscribeFailed(logger, exception);
                await Task.Delay(RetryDelay, stoppingToken);
            }
        }
    }

    private void Handle(RedisValue payload)
    {
        ClusterEvent? clusterEvent;
        try
        {
            clusterEvent = JsonSerializer.Deserialize<ClusterEvent>((byte[])payload!, ChatJson.Options);
        }
        catch (JsonException exception)
        {
            LogMalformed(logger, exception);
            return;
        }
        switch (clusterEvent)
        {
            case { Kind: ClusterEvent.TypingKind, SessionId: { } sessionId }:
                if (!clusterEvent.IsTyping && clusterEvent.Origin != instance.Id)
                {
                    typing.Stop(sessionId, clusterEvent.UserId);
                }
                fanOut.Typing(sessionId, clusterEvent.UserId, clusterEvent.IsTyping);
                break;
            case { Kind: ClusterEvent.PresenceKind, Status: { } status }:
                fanOut.Presence(clusterEvent.UserId, status, clusterEvent.LastSeen, clusterEvent.SessionIds ?? []);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscribing to Redis presence events failed; retrying")]
    private static partial void LogSubscribeFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a malformed presence event")]
    private static partial void LogMalformed(ILogger logger, Exception exception);
}
