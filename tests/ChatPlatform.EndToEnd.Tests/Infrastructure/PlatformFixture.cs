using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatPlatform.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One whole ChatPlatform per test run: the real AppHost with a fresh temporary state dir, real PostgreSQL,
/// Redis and RabbitMQ, every service healthy. Tests act as clients through the gateway only.
/// </summary>
public class PlatformFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(10);

    private readonly CancellationTokenSource _stopping = new();

    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The platform has not started.");

    /// <summary>The gateway's base address, e.g. http://localhost:8123/.</summary>
    public Uri GatewayAddress { get; private set; } = null!;

    public string AdminEmail => "admin@chatplatform.local";
    public string AdminPassword { get; } = "admin-" + Guid.NewGuid().ToString("N")[..12];
    public string AgentEmail => "agent@chatplatform.local";
    public string AgentPassword { get; } = "agent-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>A term the Messages content policy rejects in this run.</summary>
    public string BannedTerm => "forbiddenword";

    /// <summary>A term the Messages content policy masks with <c>*</c> in this run.</summary>
    public string MaskedTerm => "maskedword";

    public async Task InitializeAsync()
    {
        using var cancellation = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.ChatPlatform_AppHost>(
            [
                "--ephemeral",
                "--gateway-port", FreePort.Next().ToString(),
                "--dashboard-port", FreePort.Next().ToString(),
                $"Parameters:admin-password={AdminPassword}",
                $"Parameters:agent-password={AgentPassword}",
                // Content policy for the Messages end-to-end tests (RichMessaging/ContentPolicyTests).
                $"ContentPolicy:BannedTerms:0:Term={BannedTerm}",
                "ContentPolicy:BannedTerms:0:Action=reject",
                $"ContentPolicy:BannedTerms:1:Term={MaskedTerm}",
                "ContentPolicy:BannedTerms:1:Action=mask",
            ],
            cancellation.Token);
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));

        _app = await builder.BuildAsync(cancellation.Token);
        ResourceLogFiles.StartWriting(_app, _stopping.Token);
        await _app.StartAsync(cancellation.Token);

        var projects = builder.Resources.OfType<ProjectResource>().Select(p => p.Name).ToList();
        await Task.WhenAll(projects.Select(name => _app.ResourceNotifications.WaitForResourceHealthyAsync(name, cancellation.Token)));

        GatewayAddress = _app.GetEndpoint("gateway", "http");
    }

    /// <summary>A client for the gateway with no credentials.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = GatewayAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The gateway's WebSocket address for a path such as <c>/api/v1/chat/ws</c>.</summary>
    public Uri WebSocketUri(string pathAndQuery) =>
        new(new UriBuilder(GatewayAddress) { Scheme = "ws" }.Uri, pathAndQuery);

    public async Task DisposeAsync()
    {
        await _stopping.CancelAsync();
        _stopping.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
