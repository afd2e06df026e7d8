using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatPlatform.ServiceDefaults.Data;

public static class MigrateDbContextExtensions
{
    private static readonly ActivitySource ActivitySource = new("ChatPlatform.Migrations");

    /// <summary>Applies <typeparamref name="TContext"/>'s EF Core migrations at start, then runs the optional seeder.</summary>
    public static IServiceCollection AddMigration<TContext>(this IServiceCollection services, Func<TContext, IServiceProvider, Task>? seeder = null)
        where TContext : DbContext =>
        services.AddHostedService(provider => new MigrationHostedService<TContext>(provider, seeder));

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
            await db.Database.MigrateAsync(cancellationToken);
            if (seeder is not null)
            {
                await seeder(db, scope.ServiceProvider);
            }
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
