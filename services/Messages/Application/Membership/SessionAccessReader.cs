using ChatPlatform.Messages.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Messages.Application.Membership;

/// <summary>The hot-path check: one indexed query on the projection.</summary>
public static class SessionAccessReader
{
    private static readonly Func<MessagesDbContext, Guid, Guid, Task<SessionAccess?>> Query =
        EF.CompileAsyncQuery((MessagesDbContext db, Guid sessionId, Guid userId) =>
            db.SessionStates
                .Where(s => s.SessionId == sessionId)
                .Select(s => new SessionAccess(
                    true,
                    db.SessionMembers.Any(m => m.SessionId == sessionId && m.UserId == userId && m.IsActive),
                    s.ClosedAt != null))
                .FirstOrDefault());

    public static async Task<SessionAccess> ReadAsync(MessagesDbContext db, Guid sessionId, Guid userId) =>
        await Query(db, sessionId, userId) ?? SessionAccess.Unknown;
}
