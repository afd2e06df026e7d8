using ChatPlatform.Moderation.Infrastructure;
using ChatPlatform.Moderation.Infrastructure.Peers;
using ChatPlatform.Moderation.Model;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Moderation.Application.Users;

/// <summary>
/// Whether a user exists: the projection from <c>UserRegistered</c> first; on a miss (an account made before
/// Moderation's queue existed, or an event still in flight) Identity is asked with the caller's token, and a
/// confirmed account joins the projection. If Identity cannot answer, the id is given the benefit of the doubt.
/// </summary>
public sealed class UserDirectory(ModerationDbContext db, IdentityClient identity, TimeProvider clock)
{
    public async Task<bool> MayExistAsync(Guid userId, string? authorization, CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            return true;
        }
        var (result, displayName) = await identity.FindUserAsync(userId, authorization, cancellationToken);
        if (result == PeerLookup.Found)
        {
            await RememberAsync(userId, displayName, cancellationToken);
        }
        return result != PeerLookup.NotFound;
    }

    /// <summary>Adds a user to the projection; a user already there stays as is (idempotent, safe under races).</summary>
    public Task RememberAsync(Guid userId, string? displayName, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO users (id, display_name, known_since) VALUES ({userId}, {displayName}, {clock.GetUtcNow()}) ON CONFLICT (id) DO NOTHING",
            cancellationToken);
}
