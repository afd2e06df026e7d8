using ChatPlatform.Messages.Infrastructure;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Messages.Application.Membership;

/// <summary>
/// Membership from the projection. Sessions hands every membership change to Messages before it answers its own
/// caller, so a user's request finds the projection current and is answered from it. A bus send (no user request
/// behind it, so nothing orders it after the change) waits briefly for a session or member the projection has not
/// heard of yet.
/// </summary>
public sealed class SessionAccessResolver(MessagesDbContext db, IOptions<SessionsOptions> options, TimeProvider time)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    public async Task<SessionAccess> ResolveAsync(Guid sessionId, Guid userId, string? bearerToken, CancellationToken cancellationToken)
    {
        var access = await SessionAccessReader.ReadAsync(db, sessionId, userId);
        return access.IsMember || bearerToken is not null
            ? access
            : await WaitForProjectionAsync(sessionId, userId, cancellationToken);
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
}
