using ChatPlatform.Contracts;
using ChatPlatform.Identity.Model;
using ChatPlatform.Identity.Rules;
using ChatPlatform.ServiceDefaults.Data;
using ChatPlatform.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Identity.Infrastructure;

/// <summary>Creates an account, or brings an existing one to the given password and (at least) the given roles.</summary>
internal sealed class AccountSeeder(IdentityDbContext db, IPasswordHasher<User> hasher, TimeProvider time)
{
    public async Task EnsureAsync(string email, string password, string displayName, string[] requiredRoles)
    {
        var normalized = EmailAddress.Normalize(email);
        var now = time.GetUtcNow();
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized);
        if (user is null)
        {
            user = User.Create(email, normalized, displayName, requiredRoles, now);
            user.PasswordHash = hasher.HashPassword(user, password);
            db.Users.Add(user);
            db.AddOutboxMessage(new UserRegistered(user.Id, user.Email, user.DisplayName, [.. user.Roles], now));
            try
            {
                await db.SaveChangesAsync();
                return;
            }
            catch (DbUpdateException exception) when (exception.IsUniqueViolation())
            {
                // Another replica created it a moment ago: fall through and update that one.
                db.ChangeTracker.Clear();
                user = await db.Users.SingleAsync(u => u.NormalizedEmail == normalized);
            }
        }

        if (hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            user.PasswordHash = hasher.HashPassword(user, password);
        }
        var missingRoles = requiredRoles.Except(user.Roles).ToList();
        if (missingRoles.Count > 0)
        {
            user.Roles = [.. user.Roles, .. missingRoles];
            db.AddOutboxMessage(new UserRolesChanged(user.Id, [.. user.Roles], Guid.Empty, now));
        }
        await db.SaveChangesAsync();
    }
}
