using ChatPlatform.Identity.Application.Login;
using ChatPlatform.Identity.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Identity.Application.Housekeeping;

/// <summary>
/// Deletes rows that no longer matter: login failures older than the throttle window, idempotency records older
/// than a day, refresh tokens a day past expiry. Safe to run on every replica at once.
/// </summary>
public sealed partial class IdentityHousekeeping(
    IServiceScopeFactory scopes,
    IOptions<LoginThrottleOptions> throttle,
    TimeProvider time,
    ILogger<IdentityHousekeeping> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan IdempotencyRetention = TimeSpan.FromHours(24);
    private static readonly TimeSpan ExpiredTokenRetention = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await CleanUpAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogCleanupFailed(logger, exception);
            }
        }
    }

    private async Task CleanUpAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var failureCutoff = now - throttle.Value.Window;
        var idempotencyCutoff = now - IdempotencyRetention;
        var tokenCutoff = now - ExpiredTokenRetention;
        await db.LoginFailures.Where(f => f.OccurredAt < failureCutoff).ExecuteDeleteAsync(cancellationToken);
        await db.IdempotencyRecords.Where(r => r.CreatedAt < idempotencyCutoff).ExecuteDeleteAsync(cancellationToken);
        await db.RefreshTokens.Where(t => t.ExpiresAt < tokenCutoff).ExecuteDeleteAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Identity housekeeping failed; retrying at the next interval")]
    private static partial void LogCleanupFailed(ILogger logger, Exception exception);
}
