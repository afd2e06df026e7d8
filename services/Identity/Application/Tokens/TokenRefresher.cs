using ChatPlatform.Identity.Infrastructure;
using ChatPlatform.Identity.Model;
using ChatPlatform.Identity.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Identity.Application.Tokens;

/// <summary>
/// Exchanges a refresh token for new tokens: the presented token is marked used and its successor joins the same
/// family. A used token presented again, or two concurrent uses of one token, revoke the whole family.
/// </summary>
public sealed partial class TokenRefresher(
    IdentityDbContext db,
    AccessTokenIssuer issuer,
    IOptions<TokenLifetimeOptions> tokens,
    TimeProvider time,
    ILogger<TokenRefresher> logger)
{
    public async Task<RefreshResult> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        using var activity = IdentityTracing.Source.StartActivity("refresh tokens");
        var result = await RefreshCoreAsync(refreshToken, cancellationToken);
        activity?.SetTag("chat.outcome", result.Status.ToString());
        return result;
    }

    private async Task<RefreshResult> RefreshCoreAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var hash = RefreshTokenSecret.Hash(refreshToken);
        var presented = await db.RefreshTokens.SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);

        switch (RefreshTokenRotation.Decide(presented, now))
        {
            case RefreshDecision.RevokeFamily:
                await RevokeFamilyAsync(presented!, now, cancellationToken);
                return new RefreshResult(RefreshStatus.ReuseDetected);
            case RefreshDecision.Reject:
                return new RefreshResult(RefreshStatus.Rejected);
        }

        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == presented!.UserId, cancellationToken);
        if (user is null)
        {
            return new RefreshResult(RefreshStatus.Rejected);
        }

        var successor = RefreshTokenSecret.Generate();
        db.RefreshTokens.Add(presented!.Rotate(RefreshTokenSecret.Hash(successor), now, tokens.Value.RefreshTokenLifetime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another request used (or revoked) this token between our read and our write.
            db.ChangeTracker.Clear();
            await RevokeFamilyAsync(presented, now, cancellationToken);
            return new RefreshResult(RefreshStatus.ReuseDetected);
        }
        return new RefreshResult(RefreshStatus.Refreshed, await issuer.IssueTokensAsync(user, successor, cancellationToken));
    }

    private async Task RevokeFamilyAsync(RefreshToken presented, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var revoked = await db.RefreshTokens
            .Where(t => t.FamilyId == presented.FamilyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);
        LogReuseDetected(logger, presented.UserId, presented.FamilyId, revoked);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refresh token reuse for user {UserId}: revoked family {FamilyId} ({Count} token(s))")]
    private static partial void LogReuseDetected(ILogger logger, Guid userId, Guid familyId, int count);
}
