using Microsoft.Extensions.DependencyInjection;

namespace ChatPlatform.AppHost.Hosting;

public static class LocalPostgresBuilderExtensions
{
    /// <summary>Adds a PostgreSQL server run from the machine's binaries, with its data in <c>&lt;state&gt;/postgres</c>.</summary>
    public static IResourceBuilder<LocalPostgresResource> AddLocalPostgres(this IDistributedApplicationBuilder builder, string name)
    {
        var password = ParameterResourceBuilderExtensions.CreateDefaultPasswordParameter(builder, $"{name}-password", special: false);
        var dataDirectory = builder.GetStateDirectory("postgres");
        var (command, arguments) = PostgresLaunch.For(asRoot: Environment.IsPrivilegedProcess);
        var server = new LocalPostgresResource(name, command, builder.GetStateDirectory(), password);

        string? connectionString = null;
        var healthCheckKey = $"{name}_check";
        builder.Services.AddHealthChecks().AddNpgSql(
            _ => $"{connectionString ?? throw new InvalidOperationException($"{name} has no connection string yet.")};Database=postgres;Pooling=false",
            name: healthCheckKey);

        return builder.AddResource(server)
            .WithEndpoint(name: LocalPostgresResource.EndpointName, scheme: "tcp", env: "PGPORT", isProxied: false)
            .WithArgs(arguments)
            .WithArgs(PostgresLaunch.ServerSettings)
            .WithArgs(builder.IsEphemeral() && !builder.IsDurable() ? PostgresLaunch.NoDurability : [])
            .WithEnvironment("PGDATA", dataDirectory)
            .WithEnvironment("POSTGRES_PASSWORD", password)
            .WithIconName("DatabaseMultiple")
            .WithHealthCheck(healthCheckKey)
            .OnBeforeResourceStarted((_, e, ct) => PostgresDataDirectory.PrepareAsync(dataDirectory, e, ct))
            .OnConnectionStringAvailable(async (resource, _, ct) => connectionString = await resource.ConnectionStringExpression.GetValueAsync(ct))
            .OnResourceReady(PostgresDatabases.CreateAsync);
    }

    /// <summary>
    /// Adds a database, created with an owner role of the same name once the server is healthy.
    /// It has no process of its own, so it reports Running itself when the database exists.
    /// </summary>
    public static IResourceBuilder<LocalPostgresDatabaseResource> AddDatabase(this IResourceBuilder<LocalPostgresResource> server, string name)
    {
        var password = ParameterResourceBuilderExtensions.CreateDefaultPasswordParameter(server.ApplicationBuilder, $"{name}-password", special: false);
        var database = new LocalPostgresDatabaseResource(name, server.Resource, password);
        server.Resource.Databases.Add(database);

        return server.ApplicationBuilder.AddResource(database)
            .WithIconName("Database")
            .WithInitialState(new() { ResourceType = "PostgresDatabase", State = KnownResourceStates.Waiting, Properties = [] })
            .OnResourceStopped((resource, e, _) => e.Services.GetRequiredService<ResourceNotificationService>()
                .PublishUpdateAsync(resource, s => s with { State = KnownResourceStates.Exited }));
    }
}
