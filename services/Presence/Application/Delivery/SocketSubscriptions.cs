using ChatPlatform.Presence.Application.Connections;

namespace ChatPlatform.Presence.Application.Delivery;

/// <summary>
/// Which sessions each local socket follows, kept in step with membership: a user added to a session starts
/// receiving it on their all-sessions sockets (from the moment they were added); a removed user stops at once.
/// </summary>
public sealed partial class SocketSubscriptions(
    SessionFeeds feeds,
    ConnectionRegistry registry,
    IHistorySource history,
    ILogger<SocketSubscriptions> logger)
{
    /// <summary>Subscribes the socket (replacing any subscription it had to the session).</summary>
    public async Task SubscribeAsync(ChatConnection connection, Guid sessionId, long? sinceSeq, CancellationToken cancellationToken)
    {
        Unsubscribe(connection, sessionId);
        var subscription = await feeds.SubscribeAsync(connection, sessionId, sinceSeq, cancellationToken);
        if (!connection.Subscriptions.TryAdd(sessionId, subscription))
        {
            feeds.Unsubscribe(subscription);
        }
    }

    public void Unsubscribe(ChatConnection connection, Guid sessionId)
    {
        if (connection.Subscriptions.TryRemove(sessionId, out var subscription))
        {
            feeds.Unsubscribe(subscription);
        }
    }

    public void UnsubscribeAll(ChatConnection connection)
    {
        foreach (var sessionId in connection.Subscriptions.Keys)
        {
            Unsubscribe(connection, sessionId);
        }
    }

    /// <summary>
    /// The users were added to the session at <paramref name="addedAt"/>: their sockets that should follow it
    /// replay it from then (a message sent right after the add may reach Presence before the add does).
    /// </summary>
    public async Task MembersAddedAsync(Guid sessionId, IEnumerable<Guid> userIds, DateTimeOffset addedAt, bool sessionIsNew, CancellationToken cancellationToken)
    {
        foreach (var userId in userIds)
        {
            foreach (var connection in registry.ForUser(userId))
            {
                if ((connection.IsAllSessions || connection.SessionId == sessionId) && !connection.Subscriptions.ContainsKey(sessionId) && !connection.IsClosing)
                {
                    await FollowFromAsync(connection, sessionId, addedAt, sessionIsNew, cancellationToken);
                }
            }
        }
    }

    public void MemberRemoved(Guid sessionId, Guid userId)
    {
        foreach (var connection in registry.ForUser(userId))
        {
            Unsubscribe(connection, sessionId);
        }
    }

    private async Task FollowFromAsync(ChatConnection connection, Guid sessionId, DateTimeOffset addedAt, bool sessionIsNew, CancellationToken cancellationToken)
    {
        try
        {
            var sinceSeq = sessionIsNew ? 0 : await history.GetSeqBeforeAsync(sessionId, addedAt, connection.AccessToken, cancellationToken);
            await SubscribeAsync(connection, sessionId, sinceSeq, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or HistoryAccessDeniedException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogFollowFailed(logger, sessionId, connection.ConnectionId, exception);
            await SubscribeAsync(connection, sessionId, sinceSeq: null, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not find where socket {ConnectionId} joined session {SessionId}; following it live")]
    private static partial void LogFollowFailed(ILogger logger, Guid sessionId, Guid connectionId, Exception exception);
}
