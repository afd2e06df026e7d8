using ChatPlatform.Presence.Application.Typing;
using ChatPlatform.Presence.Rules;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Presence.Application.Connections;

/// <summary>
/// One timer for all sockets (none per socket): closes those whose token expired (1008) or that sent nothing for
/// the idle timeout (1000), and lapses typing indicators that were not renewed.
/// </summary>
public sealed class ConnectionSweeper(
    ConnectionRegistry registry,
    TypingService typing,
    TimeProvider time,
    IOptions<PresenceOptions> options) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            typing.ExpireLapsed();
            Sweep(time.GetUtcNow(), Environment.TickCount64);
        }
    }

    private void Sweep(DateTimeOffset now, long nowTicks)
    {
        var idleTimeout = options.Value.IdleTimeout;
        foreach (var connection in registry.All)
        {
            if (connection.IsClosing)
            {
                continue;
            }
            if (SocketPolicy.CloseReason(connection.TokenExpiresAt, now, connection.LastFrameAt, nowTicks, idleTimeout) is { } close)
            {
                connection.Close(close.Status, close.Reason);
            }
        }
    }
}
