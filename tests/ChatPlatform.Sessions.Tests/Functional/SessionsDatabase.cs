using ChatPlatform.Sessions.Infrastructure;
using ChatPlatform.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Sessions.Tests.Functional;

/// <summary>A fresh, migrated Sessions database on the shared throwaway PostgreSQL server.</summary>
public sealed class SessionsDatabase(PostgresServer server) : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        ConnectionString = await server.CreateDatabaseAsync();
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
    }

    public SessionsDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<SessionsDbContext>().UseNpgsql(ConnectionString).Options);

    public Task DisposeAsync() => Task.CompletedTask;
}
