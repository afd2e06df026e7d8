using ChatPlatform.Tests.Shared;
using ChatPlatform.Moderation.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Moderation.Tests.Functional;

/// <summary>A fresh, migrated Moderation database on the shared throwaway PostgreSQL server.</summary>
public sealed class ModerationDatabase(PostgresServer server) : IAsyncLifetime
{
    private string _connectionString = null!;

    public async Task InitializeAsync()
    {
        _connectionString = await server.CreateDatabaseAsync();
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
    }

    public ModerationDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<ModerationDbContext>().UseNpgsql(_connectionString).UseSnakeCaseNamingConvention().Options);

    public Task DisposeAsync() => Task.CompletedTask;
}
