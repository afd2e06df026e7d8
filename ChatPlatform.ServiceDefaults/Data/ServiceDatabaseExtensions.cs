using ChatPlatform.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace ChatPlatform.ServiceDefaults.Data;

public static class ServiceDatabaseExtensions
{
    /// <summary>
    /// A service's own PostgreSQL database in one call: the EF Core context through Aspire's Npgsql integration, its
    /// migrations (applied at start under an advisory lock, before any other hosted service), and the transactional
    /// outbox. No retrying execution strategy: with PostgreSQL down it held each request for half a minute of retries;
    /// without it a request fails at once with 503 and Retry-After and the client retries, and the explicit
    /// transactions of consumers and use cases need no strategy around them.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(
        this IHostApplicationBuilder builder, string connectionName, Action<ServiceDatabaseOptions<TContext>>? configure = null)
        where TContext : DbContext, IOutboxDbContext
    {
        var options = new ServiceDatabaseOptions<TContext>();
        configure?.Invoke(options);
        builder.AddNpgsqlDbContext<TContext>(connectionName,
            settings =>
            {
                settings.DisableRetry = true;
                if (options.AutoPrepareStatements)
                {
                    settings.ConnectionString = PreparedStatements.WithAutoPrepare(settings.ConnectionString);
                }
            },
            options.Context);
        builder.Services.AddMigration(options.Seed);
        builder.Services.AddOutbox<TContext>(options.Outbox);
        return builder;
    }
}
