using ChatPlatform.Contracts;
using ChatPlatform.Identity.Application.Tokens;
using ChatPlatform.Identity.Infrastructure;
using ChatPlatform.Identity.Model;
using ChatPlatform.Identity.Rules;
using ChatPlatform.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Identity.Application.Login;

/// <summary>
/// Password login. Failures are rows in <c>login_failures</c> (so every replica sees them) and each one publishes
/// <see cref="LoginFailed"/> through the outbox; too many within the window, per account or per client address,
/// refuse further attempts until the window slides. A success clears the account's failures and starts a new
/// refresh-token family.
/// </summary>
public sealed class LoginService(
    IdentityDbContext db,
    IPasswordHasher<User> hasher,
    AccessTokenIssuer issuer,
    IOptions<TokenLifetimeOptions> tokens,
    IOptions<LoginThrottleOptions> throttle,
    TimeProvider time)
{
    // Verified against when the account does not exist, so unknown emails cost as much time as wrong passwords.
    private static readonly Lazy<(User User, string Hash)> Decoy = new(() =>
    {
        var user = User.Create("decoy@invalid", "decoy@invalid", "decoy", [], DateTimeOffset.UnixEpoch);
        return (user, new PasswordHasher<User>().HashPassword(user, Guid.NewGuid().ToString()));
    });

    public async Task<LoginResult> LoginAsync(string email, string password, string? clientAddress, CancellationToken cancellationToken)
    {
        using var activity = IdentityTracing.Source.StartActivity("log in");
        var result = await LoginCoreAsync(email, password, clientAddress, cancellationToken);
        activity?.SetTag("chat.outcome", result.Status.ToString());
        return result;
    }

    private async Task<LoginResult> LoginCoreAsync(string email, string password, string? clientAddress, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var accountKey = EmailAddress.Normalize(email);
        var decision = await CheckThrottleAsync(accountKey, clientAddress, now, cancellationToken);
        if (!decision.Allowed)
        {
            return new LoginResult(LoginStatus.Throttled, Throttle: decision);
        }

        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == accountKey, cancellationToken);
        var verification = Verify(user, password);
        if (user is null || verification == PasswordVerificationResult.Failed)
        {
            db.LoginFailures.Add(new LoginFailure { Id = Guid.CreateVersion7(now), AccountKey = accountKey, ClientAddress = clientAddress, OccurredAt = now });
            db.AddOutboxMessage(new LoginFailed(email.Trim(), user?.Id, clientAddress, now));
            await db.SaveChangesAsync(cancellationToken);
            return new LoginResult(LoginStatus.InvalidCredentials);
        }

        if (verification == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, password);
        }
        await db.LoginFailures.Where(f => f.AccountKey == accountKey).ExecuteDeleteAsync(cancellationToken);

        var refreshToken = RefreshTokenSecret.Generate();
        db.RefreshTokens.Add(RefreshToken.Create(user.Id, Guid.CreateVersion7(now), RefreshTokenSecret.Hash(refreshToken), now, tokens.Value.RefreshTokenLifetime));
        await db.SaveChangesAsync(cancellationToken);
        return new LoginResult(LoginStatus.Succeeded, await issuer.IssueTokensAsync(user, refreshToken, cancellationToken));
    }

    private PasswordVerificationResult Verify(User? user, string password)
    {
        if (user is null)
        {
            hasher.VerifyHashedPassword(Decoy.Value.User, Decoy.Value.Hash, password);
            return PasswordVerificationResult.Failed;
        }
        return hasher.VerifyHashedPassword(user, user.PasswordHash, password);
    }

    private async Task<ThrottleDecision> CheckThrottleAsync(string accountKey, string? clientAddress, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = throttle.Value;
        var windowStart = now - settings.Window;
        var accountFailures = await db.LoginFailures
            .Where(f => f.AccountKey == accountKey && f.OccurredAt > windowStart)
            .OrderByDescending(f => f.OccurredAt).Take(settings.MaxFailuresPerAccount)
            .Select(f => f.OccurredAt).ToListAsync(cancellationToken);
        var addressFailures = clientAddress is null ? [] : await db.LoginFailures
            .Where(f => f.ClientAddress == clientAddress && f.OccurredAt > windowStart)
            .OrderByDescending(f => f.OccurredAt).Take(settings.MaxFailuresPerAddress)
            .Select(f => f.OccurredAt).ToListAsync(cancellationToken);

        return LoginThrottle.Combine(
            LoginThrottle.Evaluate(accountFailures, settings.MaxFailuresPerAccount, settings.Window, now),
            LoginThrottle.Evaluate(addressFailures, settings.MaxFailuresPerAddress, settings.Window, now));
    }
}
