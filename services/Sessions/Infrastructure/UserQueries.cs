using ChatPlatform.Sessions.Model;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Sessions.Infrastructure;

/// <summary>Reads of the per-user data: blocks, known accounts and notification preferences.</summary>
public static class UserQueries
{
    /// <summary>Whether any of <paramref name="others"/> currently blocks <paramref name="userId"/>.</summary>
    public static Task<bool> IsBlockedByAnyAsync(this SessionsDbContext db, Guid userId, IReadOnlyCollection<Guid> others, CancellationToken cancellationToken) =>
        others.Count == 0
            ? Task.FromResult(false)
            : db.UserBlocks.AnyAsync(b => b.IsBlocked && b.BlockedId == userId && others.Contains(b.BlockerId), cancellationToken);

    public static Task<KnownUser?> FindKnownUserAsync(this SessionsDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.KnownUsers.AsNoTracking().SingleOrDefaultAsync(u => u.UserId == userId, cancellationToken);

    /// <summary>The stored preferences, or null when the user never saved any (the defaults apply).</summary>
    public static Task<NotificationPreferences?> FindPreferencesAsync(this SessionsDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.NotificationPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);

    /// <summary>
    /// The agents Presence reported online since <paramref name="since"/> (any replica), other than
    /// <paramref name="except"/>, whose projected roles make them agents.
    /// </summary>
    public static async Task<IReadOnlySet<Guid>> OnlineAgentsAsync(this SessionsDbContext db, DateTimeOffset since, Guid except, CancellationToken cancellationToken)
    {
        var reported = (await db.AgentPresence.AsNoTracking()
                .Where(r => r.ReportedAt >= since)
                .Select(r => r.AgentIds)
                .ToListAsync(cancellationToken))
            .SelectMany(ids => ids)
            .Where(id => id != except)
            .ToHashSet();
        var agents = await db.KnownUsers.AsNoTracking()
            .Where(u => reported.Contains(u.UserId) && u.Roles.Contains("agent"))
            .Select(u => u.UserId)
            .ToListAsync(cancellationToken);
        return agents.ToHashSet();
    }
}
