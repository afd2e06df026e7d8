using ChatPlatform.Contracts;
using ChatPlatform.Identity.Application.SigningKeys;
using ChatPlatform.Identity.Infrastructure;
using ChatPlatform.Identity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatPlatform.Identity.Tests.Functional;

[Collection(IdentityCollection.Name)]
public sealed class SeedingAndKeysTests(IdentityServiceFixture service)
{
    [Fact]
    public async Task Seeded_accounts_are_announced_and_seeding_again_changes_nothing()
    {
        var admin = await service.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.NormalizedEmail == IdentityServiceFixture.AdminEmail));
        await service.Events.WaitForAsync<UserRegistered>(e => e.UserId == admin.Id);

        await using (var scope = service.App.Services.CreateAsyncScope())
        {
            await IdentitySeeder.SeedAsync(scope.ServiceProvider.GetRequiredService<IdentityDbContext>(), scope.ServiceProvider);
        }

        var admins = await service.QueryAsync(db => db.Users.AsNoTracking().Where(u => u.NormalizedEmail == IdentityServiceFixture.AdminEmail).ToListAsync());
        var again = Assert.Single(admins);
        Assert.Equal(admin.Id, again.Id);
        Assert.Equal(admin.PasswordHash, again.PasswordHash);
        Assert.Equal(["user", "admin"], again.Roles);
    }

    [Fact]
    public async Task Replicas_starting_together_on_an_empty_database_agree_on_one_signing_key()
    {
        var database = $"keyrace_{Guid.NewGuid():N}";
        await service.Postgres.CreateDatabaseAsync(database);
        var replicas = Enumerable.Range(0, 4).Select(_ =>
        {
            var services = new ServiceCollection()
                .AddDbContext<IdentityDbContext>(options => options.UseNpgsql(service.Postgres.ConnectionString(database)).UseIdentityNaming())
                .BuildServiceProvider();
            return (services, store: new SigningKeyStore(services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, NullLogger<SigningKeyStore>.Instance));
        }).ToList();
        await using (var scope = replicas[0].services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().Database.MigrateAsync();
        }

        var rings = await Task.WhenAll(replicas.Select(r => r.store.GetKeyRingAsync()));

        Assert.Single(rings.Select(r => r.Active.KeyId).Distinct());
        await using var check = replicas[0].services.CreateAsyncScope();
        Assert.Equal(1, await check.ServiceProvider.GetRequiredService<IdentityDbContext>().SigningKeys.CountAsync());
        foreach (var (services, _) in replicas)
        {
            await services.DisposeAsync();
        }
    }
}
