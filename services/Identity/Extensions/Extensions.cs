using ChatPlatform.Identity.Application.Housekeeping;
using ChatPlatform.Identity.Application.Login;
using ChatPlatform.Identity.Application.Registration;
using ChatPlatform.Identity.Application.SigningKeys;
using ChatPlatform.Identity.Application.Tokens;
using ChatPlatform.Identity.Infrastructure;
using ChatPlatform.Identity.Model;
using ChatPlatform.ServiceDefaults.Auth;
using ChatPlatform.ServiceDefaults.Bus;
using ChatPlatform.ServiceDefaults.Data;
using ChatPlatform.ServiceDefaults.Outbox;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;

namespace ChatPlatform.Identity.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;

        builder.AddServiceDatabase<IdentityDbContext>("identitydb", database =>
        {
            database.Context = options => options.UseIdentityNaming();
            database.Seed = IdentitySeeder.SeedAsync;
        });
        builder.AddChatBus();

        services.ConfigureOptions<ConfigureLocalSigningKeyBearer>();

        services.AddOptions<JwtOptions>().BindConfiguration(JwtOptions.SectionName);
        services.AddOptions<TokenLifetimeOptions>().BindConfiguration(TokenLifetimeOptions.SectionName)
            .Validate(t => t.AccessTokenLifetime > TimeSpan.Zero && t.RefreshTokenLifetime > TimeSpan.Zero, "Token lifetimes must be positive.")
            .ValidateOnStart();
        services.AddOptions<LoginThrottleOptions>().BindConfiguration(LoginThrottleOptions.SectionName)
            .Validate(t => t.Window > TimeSpan.Zero && t.MaxFailuresPerAccount > 0 && t.MaxFailuresPerAddress > 0, "The login throttle needs a positive window and limits.")
            .ValidateOnStart();
        services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.SectionName);
        services.AddUserSearchRateLimiting();

        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddSingleton<SigningKeyStore>();
        services.AddSingleton<AccessTokenIssuer>();
        services.AddScoped<UserRegistrar>();
        services.AddScoped<LoginService>();
        services.AddScoped<TokenRefresher>();
        services.AddHostedService<IdentityHousekeeping>();

        services.AddBadRequestProblems();
        // Behind the gateway the client address (login throttle) and public host (discovery document) arrive as
        // X-Forwarded-* headers; only loopback proxies are trusted by default.
        services.Configure<ForwardedHeadersOptions>(options =>
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost);
        return builder;
    }
}
