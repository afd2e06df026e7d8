using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Messages.Infrastructure;

/// <summary>
/// Applies the migrations at start like ServiceDefaults' AddMigration, but under a PostgreSQL advisory lock: the
/// AppHost starts two Messages replicas at once, and without it both ran the same migration on a fresh database
/// (the loser died on "column already exists"). The second replica waits, then finds nothing left to apply.
/// </summary>
internal sealed partial class SerializedMigration(IServiceProvider provider, ILogger<SerializedMigration> logger) : IHostedService
{
    /// <summary>Any constant shared by the replicas; the ASCII of "msgmigr".</summary>
    private const long LockKey = 0x6d73676d696772;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MessagesDbContext>();
        LogApplying(logger);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({LockKey})", cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying migrations for MessagesDbContext under the migration lock")]
    private static partial void LogApplying(ILogger logger);
}
