using ChatPlatform.Presence.Application.Blocks;
using ChatPlatform.Presence.Application.Delivery;
using ChatPlatform.Presence.Application.Membership;
using ChatPlatform.Presence.Application.Stats;
using ChatPlatform.Presence.Application.Status;
using ChatPlatform.Presence.Application.Typing;
using ChatPlatform.Presence.Rules;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatPlatform.Presence.Application.Connections;

/// <summary>
/// Runs one socket from handshake to close. Subscriptions are in place, with their baselines known, before the
/// 101 goes out, so nothing sent after the client sees the socket open can be missed.
/// </summary>
public sealed partial class ChatSocketHost(
    ConnectionRegistry registry,
    SocketSubscriptions subscriptions,
    MembershipService membership,
    ChatFrameHandler frames,
    BlockList blocks,
    PresenceService presence,
    TypingService typing,
    AgentPresenceReporter agents,
    InstanceCounters counters,
    IOptions<PresenceOptions> options,
    ILogger<ChatSocketHost> logger)
{
    /// <summary>Sessions of an all-sessions socket subscribed at once (each asks Messages for its newest seq).</summary>
    private const int SubscribeParallelism = 8;

    /// <param name="sessionIds">The sessions to follow from the start (the one session, or all of the user's).</param>
    public async Task RunAsync(HttpContext context, SocketRequest request, IReadOnlyList<Guid> sessionIds)
    {
        var settings = options.Value;
        var connection = new ChatConnection(request, settings.SendQueueCapacity, counters, logger,
            new RateLimitStrikes(settings.MaxRateLimitedRejections, settings.RateLimitedWindow));
        var firstOnThisReplica = registry.Add(connection);
        var counted = false;
        try
        {
            try
            {
                connection.Blocks = await blocks.AcquireAsync(connection.UserId, connection.AccessToken, context.RequestAborted);
                if (connection.IsAllSessions)
                {
                    // Read again now that the socket is registered: a session created meanwhile is either in Redis
                    // already or its event will find this socket in the registry.
                    sessionIds = [.. sessionIds.Union(await membership.GetKnownUserSessionsAsync(connection.UserId))];
                }
                await Parallel.ForEachAsync(sessionIds, new ParallelOptions { MaxDegreeOfParallelism = SubscribeParallelism, CancellationToken = context.RequestAborted },
                    (sessionId, cancellationToken) => new ValueTask(
                        subscriptions.SubscribeAsync(connection, sessionId, sessionId == request.SessionId ? request.SinceSeq : null, cancellationToken)));
                counted = true;
                await ReportConnectAsync(connection.UserId, firstOnThisReplica);
                agents.Changed(connection);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is HttpRequestException or TimeoutException or TaskCanceledException)
            {
                LogBlocksUnavailable(logger, exception);
                await Problem.Of(StatusCodes.Status503ServiceUnavailable, ErrorCodes.ServiceUnavailable,
                    "Presence cannot load the user's blocks right now; try again shortly.").ExecuteAsync(context);
                return;
            }

            using var socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
            {
                KeepAliveInterval = settings.KeepAliveInterval,
                KeepAliveTimeout = settings.KeepAliveTimeout,
            });
            LogOpened(logger, connection.ConnectionId, connection.UserId, request.SessionId);
            var limiter = new FrameRateLimiter(settings.FramesPerSecond, settings.FrameBurst);
            await SocketLoops.RunAsync(socket, connection, settings.MaxFrameBytes, (payload, isText) =>
            {
                if (limiter.TryTake(Environment.TickCount64))
                {
                    return frames.HandleAsync(connection, payload, isText);
                }
                connection.Close(ChatCloseStatus.RateLimited, "Too many frames.");
                return Task.CompletedTask;
            }, context.RequestAborted);
        }
        finally
        {
            connection.Dispose();
            if (connection.Blocks is not null)
            {
                blocks.Release(connection.UserId);
            }
            subscriptions.UnsubscribeAll(connection);
            var lastOnThisReplica = registry.Remove(connection);
            typing.ConnectionClosed(connection.ConnectionId);
            if (counted)
            {
                await ReportDisconnectAsync(connection.UserId, lastOnThisReplica);
                agents.Changed(connection);
            }
            LogClosed(logger, connection.ConnectionId, connection.UserId);
        }
    }

    /// <summary>Presence (online status) degrades without Redis; the socket serves the chat all the same.</summary>
    private async Task ReportConnectAsync(Guid userId, bool firstOnThisReplica)
    {
        try
        {
            await presence.ConnectedAsync(userId, firstOnThisReplica);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogUnavailable(logger, exception);
        }
    }

    private async Task ReportDisconnectAsync(Guid userId, bool lastOnThisReplica)
    {
        try
        {
            await presence.DisconnectedAsync(userId, lastOnThisReplica);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogUnavailable(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neither Redis nor Moderation could give a user's blocks; socket refused")]
    private static partial void LogBlocksUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis unavailable while opening or closing a socket")]
    private static partial void LogUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Socket {ConnectionId} of user {UserId} opened (session {SessionId})")]
    private static partial void LogOpened(ILogger logger, Guid connectionId, Guid userId, Guid? sessionId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Socket {ConnectionId} of user {UserId} closed")]
    private static partial void LogClosed(ILogger logger, Guid connectionId, Guid userId);
}
