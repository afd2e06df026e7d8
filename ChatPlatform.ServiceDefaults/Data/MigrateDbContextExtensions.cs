using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatPlatform.ServiceDefaults.Data;

public static class MigrateDbContextExtensions
{
    private static readonly ActivitySource ActivitySource = new("ChatPlatform.Migrations");

    /// <summary>
    /// Applies <typeparamref name="TContext"/>'s EF Core migrations at start, then runs the optional seeder, under a
    /// PostgreSQL advisory lock: replicas start together (the AppHost runs two Messages), and without the lock two of
    /// them ran the same migration on a fresh database and the loser died on "column already exists". The others
    /// wait, then find nothing left to apply.
    /// </summary>
    /// <remarks>
    /// Registered first among the hosted services, which the host starts one after the other: the bus and the outbox
    /// dispatcher must not touch tables that a replica waiting for the lock has not yet seen created.
    /// </remarks>
    public static IServiceCollection AddMigration<TContext>(this IServiceCollection services, Func<TContext, IServiceProvider, Task>? seeder = null)
        where TContext : DbContext
    {
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService>(provider => new MigrationHostedService<TContext>(provider, seeder)));
        return services;
    }

    private sealed class MigrationHostedService<TContext>(IServiceProvider provider, Func<TContext, IServiceProvider, Task>? seeder) : IHostedService
        where TContext : DbContext
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            using var activity = ActivitySource.StartActivity($"Migrating {typeof(TContext).Name}");
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            var logger = scope.ServiceProvider.GetRequiredService<ILogger<TContext>>();
            logger.LogInformation("Applying migrations for {DbContext}", typeof(TContext).Name);
            var lockKey = LockKey(typeof(TContext).FullName!);
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({lockKey})", cancellationToken);
                await db.Database.MigrateAsync(cancellationToken);
                if (seeder is not null)
                {
                    await seeder(db, scope.ServiceProvider);
                }
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({lockKey})", CancellationToken.None);
                await db.Database.CloseConnectionAsync();
            }
        }

        /// <summary>A key every replica of the service computes alike (FNV-1a of the context's name; string.GetHashCode is per process).</summary>
        private static long LockKey(string name)
        {
            var hash = 14695981039346656037UL;
            foreach (var character in name)
            {
                hash = (hash ^ character) * 1099511628211UL;
            }
            return unchecked((long)hash);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
