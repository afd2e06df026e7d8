using ChatPlatform.Contracts.Internal;
using ChatPlatform.Presence.Infrastructure;
using ChatPlatform.Presence.Infrastructure.Peers;

namespace ChatPlatform.Presence.Application.Membership;

/// <summary>
/// Who may follow which session: Redis first (kept from Sessions' events); on a miss, Sessions itself with the
/// user's token (a session created a moment ago, an event still in flight), and what it says is written back.
/// </summary>
public sealed partial class MembershipService(MembershipStore store, SessionsClient sessions, TimeProvider time, ILogger<MembershipService> logger)
{
    public async Task<MembershipCheck> CheckAsync(Guid sessionId, Guid userId, string accessToken, CancellationToken cancellationToken)
    {
        try
        {
            if (await store.IsMemberAsync(sessionId, userId))
            {
                return MembershipCheck.Member;
            }
        }
        catch (Exception exception) when (exception is StackExchange.Redis.RedisException or TimeoutException)
        {
            LogRedisUnavailable(logger, exception);
        }

        var askedAt = time.GetUtcNow();
        SessionMembersResponse? members;
        try
        {
            members = await sessions.GetMembersAsync(sessionId, accessToken, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogSessionsUnavailable(logger, sessionId, exception);
            return MembershipCheck.Unavailable;
        }
        if (members is null)
        {
            return MembershipCheck.NotMember;
        }
        await TryAsync(() => store.ApplyMembersAsync(sessionId, members.ParticipantIds, askedAt));
        return MembershipCheck.Member;
    }

    /// <summary>Every session the user takes part in; null when neither Redis nor Sessions could say.</summary>
    public async Task<IReadOnlyList<Guid>?> GetUserSessionsAsync(Guid userId, string accessToken, CancellationToken cancellationToken)
    {
        try
        {
            if (await store.GetUserSessionsAsync(userId) is { } known)
            {
                return known;
            }
        }
        catch (Exception exception) when (exception is StackExchange.Redis.RedisException or TimeoutException)
        {
            LogRedisUnavailable(logger, exception);
        }

        var askedAt = time.GetUtcNow();
        IReadOnlyList<Guid> ids;
        try
        {
            ids = await sessions.GetMySessionIdsAsync(accessToken, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogSessionsUnavailable(logger, Guid.Empty, exception);
            return null;
        }
        await TryAsync(async () =>
        {
            await Task.WhenAll(ids.Select(id => store.ApplyAsync(id, userId, isMember: true, askedAt)));
            await store.MarkUserSessionsLoadedAsync(userId);
        });
        return ids;
    }

    /// <summary>Only the user's sessions known to Redis (no cold path): none while Redis is down.</summary>
    public async Task<IReadOnlyList<Guid>> GetKnownUserSessionsAsync(Guid userId)
    {
        try
        {
            return await store.GetUserSessionsAsync(userId) ?? [];
        }
        catch (Exception exception) when (exception is StackExchange.Redis.RedisException or TimeoutException)
        {
            LogRedisUnavailable(logger, exception);
            return [];
        }
    }

    private async Task TryAsync(Func<Task> write)
    {
        try
        {
            await write();
        }
        catch (Exception exception) when (exception is StackExchange.Redis.RedisException or TimeoutException)
        {
            LogRedisUnavailable(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis unavailable for membership")]
    private static partial void LogRedisUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sessions could not be asked about session {SessionId}")]
    private static partial void LogSessionsUnavailable(ILogger logger, Guid sessionId, Exception exception);
}
