using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Infrastructure.Peers;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Messages.Application.Membership;

/// <summary>
/// Membership from the projection, with the cold path of the design note for a session or member the projection
/// has not heard of yet: with the caller's token Sessions is asked once and the projection updated; without one
/// (a bus send from Presence, which checked membership at the handshake) the projection is polled briefly.
/// </summary>
public sealed partial class SessionAccessResolver(
    MessagesDbContext db,
    MembershipProjection projection,
    SessionsClient sessions,
    IOptions<SessionsOptions> options,
    TimeProvider time,
    ILogger<SessionAccessResolver> logger)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    public async Task<SessionAccess> ResolveAsync(Guid sessionId, Guid userId, string? bearerToken, CancellationToken cancellationToken)
    {
        var access = await SessionAccessReader.ReadAsync(db, sessionId, userId);
        if (access.IsMember)
        {
            return access;
        }
        return bearerToken is null
            ? await WaitForProjectionAsync(sessionId, userId, cancellationToken)
            : await AskSessionsAsync(sessionId, userId, bearerToken, access, cancellationToken);
    }

    private async Task<SessionAccess> AskSessionsAsync(Guid sessionId, Guid userId, string bearerToken, SessionAccess projected, CancellationToken cancellationToken)
    {
        SessionMembersSnapshot? snapshot;
        try
        {
            snapshot = await sessions.GetMembersAsync(sessionId, bearerToken, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogSessionsUnavailable(logger, sessionId, exception);
            return projected.Known ? projected : SessionAccess.SessionsUnavailable;
        }
        if (snapshot is null || snapshot.SessionId != sessionId)
        {
            return projected;
        }
        await projection.ApplySnapshotAsync(snapshot, time.GetUtcNow(), cancellationToken);
        return await SessionAccessReader.ReadAsync(db, sessionId, userId);
    }

    private async Task<SessionAccess> WaitForProjectionAsync(Guid sessionId, Guid userId, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + options.Value.ProjectionWait;
        var access = SessionAccess.Unknown;
        while (time.GetUtcNow() < deadline)
        {
            await Task.Delay(PollInterval, time, cancellationToken);
            access = await SessionAccessReader.ReadAsync(db, sessionId, userId);
            if (access.IsMember)
            {
                break;
            }
        }
        return access;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sessions could not be asked about session {SessionId}")]
    private static partial void LogSessionsUnavailable(ILogger logger, Guid sessionId, Exception exception);
}
