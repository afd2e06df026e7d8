using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ChatPlatform.AppHost.Hosting;

/// <summary>Creates each database and its owner role once the server answers; safe to run on every start.</summary>
internal static class PostgresDatabases
{
    public static async Task CreateAsync(LocalPostgresResource server, ResourceReadyEvent e, CancellationToken cancellationToken)
    {
        var notifications = e.Services.GetRequiredService<ResourceNotificationService>();
        var serverConnectionString = await server.ConnectionStringExpression.GetValueAsync(cancellationToken);
        await using var connection = new NpgsqlConnection($"{serverConnectionString};Database=postgres;Pooling=false");
        await connection.OpenAsync(cancellationToken);

        foreach (var database in server.Databases)
        {
            var password = await database.PasswordParameter.GetValueAsync(cancellationToken) ?? "";
            await EnsureAsync(connection, database.DatabaseName, password, cancellationToken);
            await notifications.PublishUpdateAsync(database, s => s with { State = KnownResourceStates.Running });
        }
    }

    private static async Task EnsureAsync(NpgsqlConnection connection, string name, string password, CancellationToken cancellationToken)
    {
        var role = $"\"{name.Replace("\"", "\"\"")}\"";
        await ExecuteAsync($"""
            DO $$ BEGIN
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {Literal(name)}) THEN CREATE ROLE {role}; END IF;
            END $$;
            ALTER ROLE {role} WITH LOGIN PASSWORD {Literal(password)};
            """);

        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.Add(new() { Value = name });
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await ExecuteAsync($"CREATE DATABASE {role} OWNER {role}");
        }

        async Task ExecuteAsync(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    // Role and database statements take no parameters, so values go in as escaped literals.
    private static string Literal(string value) => $"'{value.Replace("'", "''")}'";
}
