using ChatPlatform.Identity.Application.SigningKeys;
using ChatPlatform.Identity.Model;
using ChatPlatform.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Identity.Infrastructure;

/// <summary>
/// Runs after the migrations: makes sure a signing key exists, then creates or updates the configured admin and
/// agent accounts (password reset to the configured one, required roles added). Idempotent, and safe when two
/// replicas seed at once.
/// </summary>
public static partial class IdentitySeeder
{
    public static async Task SeedAsync(IdentityDbContext db, IServiceProvider services)
    {
        await services.GetRequiredService<SigningKeyStore>().GetKeyRingAsync();

        var seed = services.GetRequiredService<IOptions<SeedOptions>>().Value;
        var seeder = new AccountSeeder(db, services.GetRequiredService<IPasswordHasher<User>>(), services.GetRequiredService<TimeProvider>());
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IdentitySeeder));
        foreach (var (email, password, displayName, roles) in new[]
        {
            (seed.AdminEmail, seed.AdminPassword, seed.AdminDisplayName, new[] { ChatRoles.User, ChatRoles.Admin }),
            (seed.AgentEmail, seed.AgentPassword, seed.AgentDisplayName, new[] { ChatRoles.User, ChatRoles.Agent }),
        })
        {
            if (!string.IsNullOrWhiteSpace(email) && !string.IsNullOrEmpty(password))
            {
                await seeder.EnsureAsync(email.Trim(), password, displayName, roles);
                LogSeeded(logger, email.Trim(), roles);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded account {Email} with roles {Roles}")]
    private static partial void LogSeeded(ILogger logger, string email, string[] roles);
}
