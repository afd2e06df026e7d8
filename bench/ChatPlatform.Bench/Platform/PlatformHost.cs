using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.Logging.Console;

namespace ChatPlatform.Bench.Platform;

/// <summary>
/// The whole platform for the direct and gateway scenarios: booted in-process with Aspire.Hosting.Testing from the
/// real AppHost (fresh temporary state, free ports, like the end-to-end tests), or an already running one given by URL.
/// </summary>
public sealed class PlatformHost : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(6);

    private readonly DistributedApplication? _app;

    private PlatformHost(DistributedApplication? app, Uri gateway, Uri? presence)
    {
        _app = app;
        Gateway = gateway;
        Presence = presence;
    }

    public Uri Gateway { get; }

    /// <summary>Presence's address without the gateway (DCP's proxy in front of its replicas), when known.</summary>
    public Uri? Presence { get; }

    public static async Task<PlatformHost> StartAsync(BenchOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        if (options.GatewayUrl is not null)
        {
            log.WriteLine($"  using the running platform at {options.GatewayUrl} (presence: {options.PresenceUrl?.ToString() ?? "not given"})");
            return new PlatformHost(null, options.GatewayUrl, options.PresenceUrl);
        }

        var watch = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        var secret = Guid.NewGuid().ToString("N")[..12];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.ChatPlatform_AppHost>(
            [
                "--ephemeral",
                "--gateway-port", FreePort().ToString(),
                "--dashboard-port", FreePort().ToString(),
                $"Parameters:admin-password=admin-{secret}",
                $"Parameters:agent-password=agent-{secret}",
            ],
            timeout.Token);
        builder.Services.AddLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddSimpleConsole(console => console.SingleLine = true);
            logging.SetMinimumLevel(options.Verbose ? LogLevel.Warning : LogLevel.Error);
        });
        // Everything the platform logs goes to stderr; stdout keeps the table and the JSON line.
        builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);

        var projects = builder.Resources.OfType<ProjectResource>().Select(p => p.Name).ToArray();
        var hasPresence = projects.Contains("presence");
        log.WriteLine($"  booting the AppHost: {string.Join(", ", projects)}");

        var app = await builder.BuildAsync(timeout.Token);
        try
        {
            await app.StartAsync(timeout.Token);
            await Task.WhenAll(projects.Select(async name =>
            {
                await app.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token);
                log.WriteLine($"    {name} healthy after {watch.Elapsed.TotalSeconds:F0} s");
            }));
        }
        catch (Exception)
        {
            await app.DisposeAsync();
            throw;
        }

        var gateway = app.GetEndpoint("gateway", "http");
        var presence = hasPresence ? app.GetEndpoint("presence", "http") : null;
        log.WriteLine($"  platform ready in {watch.Elapsed.TotalSeconds:F0} s: gateway {gateway}, presence {presence?.ToString() ?? "(not in the AppHost)"}");
        return new PlatformHost(app, gateway, presence);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await _app.StopAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                // Disposing below still tears DCP down.
            }
            await _app.DisposeAsync();
        }
    }
}
