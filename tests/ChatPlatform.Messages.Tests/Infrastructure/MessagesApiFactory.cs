using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using ChatPlatform.Messages.Infrastructure;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ChatPlatform.Messages.Tests.Infrastructure;

/// <summary>
/// The real Messages web host (Program, in Development like under the AppHost) over a real PostgreSQL database.
/// Tokens are signed by a key made here and handed to the JWT handler in place of Identity's published keys.
/// Without a <paramref name="broker"/> the bus and the outbox dispatcher just keep retrying in the background (REST sends do not need them).
/// </summary>
public sealed class MessagesApiFactory(string connectionString, Uri? broker = null) : WebApplicationFactory<Program>
{
    /// <summary>The key this host's internal endpoints require (Sessions' membership hand-over).</summary>
    public const string InternalApiKey = "messages-tests-internal-key-0123456789";

    private readonly RsaSecurityKey _signingKey = new(RSA.Create(2048)) { KeyId = "messages-tests" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // Without a broker MassTransit retries its connection in the log; EF logs the first migration-history probe as an error.
        builder.ConfigureLogging(logging => logging
            .AddFilter("MassTransit", broker is null ? LogLevel.None : LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Critical));
        builder.UseSetting("ConnectionStrings:messagesdb", connectionString);
        builder.UseSetting("ConnectionStrings:messaging", (broker ?? new Uri("amqp://guest:guest@127.0.0.1:1/")).ToString());
        builder.UseSetting("Sessions:ProjectionWait", "00:00:00.300");
        builder.UseSetting("InternalApi:Key", InternalApiKey);
        // A real Redis for the send rate limit; a limit far above what these tests send (RateLimiting/ tests their own).
        builder.UseSetting("ConnectionStrings:redis", RedisServer.SharedAsync().GetAwaiter().GetResult().ConnectionString);
        builder.UseSetting("SendRateLimit:PerSecond", "100000");
        builder.UseSetting("SendRateLimit:Burst", "100000");
        builder.ConfigureTestServices(services => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            var configuration = new OpenIdConnectConfiguration { Issuer = "chatplatform" };
            configuration.SigningKeys.Add(_signingKey);
            options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
        }));
    }

    /// <summary>A client acting as <paramref name="userId"/>.</summary>
    public HttpClient ClientFor(Guid userId, string role = "user")
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(userId, role));
        return client;
    }

    /// <summary>An access token of <paramref name="userId"/>, signed with the key this service trusts.</summary>
    public string TokenFor(Guid userId, string role = "user") => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "chatplatform",
        Audience = "chatplatform",
        Subject = new ClaimsIdentity([new Claim("sub", userId.ToString()), new Claim("role", role)]),
        Expires = DateTime.UtcNow.AddMinutes(10),
        SigningCredentials = new SigningCredentials(_signingKey, SecurityAlgorithms.RsaSha256),
    });

    /// <summary>A session with these members in the projection, as Sessions' events would leave it.</summary>
    public async Task<Guid> CreateSessionAsync(params Guid[] members)
    {
        var sessionId = Guid.CreateVersion7();
        await using var scope = Services.CreateAsyncScope();
        var projection = scope.ServiceProvider.GetRequiredService<MembershipProjection>();
        await projection.UpsertSessionAsync(sessionId, "group", closedAt: null, DateTimeOffset.UtcNow, CancellationToken.None);
        await projection.SetMembersAsync(sessionId, members, active: true, DateTimeOffset.UtcNow, CancellationToken.None);
        return sessionId;
    }
}
