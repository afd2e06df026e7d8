using ChatPlatform.Identity.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPlatform.Identity.Tests.Infrastructure;

/// <summary>
/// One Identity service for the functional tests, on a real PostgreSQL and a real RabbitMQ started for the run.
/// Tests share it, so each uses its own email addresses and its own (documentation-range) client address.
/// </summary>
public sealed class IdentityServiceFixture : IAsyncLifetime
{
    public const string AdminEmail = "admin@identity.test";
    public const string AdminPassword = "admin-password-1";
    public const string AgentEmail = "agent@identity.test";
    public const string AgentPassword = "agent-password-1";
    public const int MaxFailuresPerAddress = 8;
    public const int UserSearchBurst = 10;

    private PostgresServer? _postgres;
    private RabbitMqServer? _rabbit;
    private int _clientCounter;

    public PostgresServer Postgres => _postgres ?? throw new InvalidOperationException("Not started.");
    public EventProbe Events { get; private set; } = null!;
    public IdentityApplication App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        try
        {
            await StartAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    private async Task StartAsync()
    {
        // Both servers start side by side; whichever started is kept for disposal even if the other failed.
        var postgres = PostgresServer.StartAsync();
        var rabbit = RabbitMqServer.StartAsync();
        await Task.WhenAll(postgres, rabbit).ContinueWith(_ => { }, TaskScheduler.Default);
        _postgres = postgres.IsCompletedSuccessfully ? postgres.Result : null;
        _rabbit = rabbit.IsCompletedSuccessfully ? rabbit.Result : null;
        var broker = (await rabbit).Address;
        await (await postgres).CreateDatabaseAsync("identitydb");
        Events = await EventProbe.StartAsync(broker);

        App = new IdentityApplication(new Dictionary<string, string?>
        {
            ["ConnectionStrings:identitydb"] = Postgres.ConnectionString("identitydb"),
            ["ConnectionStrings:messaging"] = broker.ToString(),
            ["Seed:AdminEmail"] = AdminEmail,
            ["Seed:AdminPassword"] = AdminPassword,
            ["Seed:AgentEmail"] = AgentEmail,
            ["Seed:AgentPassword"] = AgentPassword,
            ["LoginThrottle:MaxFailuresPerAddress"] = MaxFailuresPerAddress.ToString(),
            // A slow bucket, so the directory's rate-limit test cannot refill it on a slow machine.
            ["UserSearch:PermitsPerSecond"] = "1",
            ["UserSearch:Burst"] = UserSearchBurst.ToString(),
            ["Logging:LogLevel:Default"] = "Warning",
            // Races the tests provoke on purpose (duplicate emails) fail a command, and EF logs that as an error.
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "None",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Update"] = "None",
        });
        App.UseKestrel(0);
        App.StartServer();
    }

    /// <summary>A client of the service; behind a "proxy" that reports a client address no other client uses.</summary>
    public HttpClient CreateClient(string? clientAddress = null)
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", clientAddress ?? NewClientAddress());
        return client;
    }

    public string NewClientAddress() => $"2001:db8::{Interlocked.Increment(ref _clientCounter):x}";

    public async Task<T> QueryAsync<T>(Func<IdentityDbContext, Task<T>> query)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IdentityDbContext>());
    }

    public async Task DisposeAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
        }
        if (Events is not null)
        {
            await Events.DisposeAsync();
        }
        if (_rabbit is not null)
        {
            await _rabbit.DisposeAsync();
        }
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
