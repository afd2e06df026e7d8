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
    // As the end-to-end fixture: a 2-core machine shared by several AppHosts has taken over 6 minutes to boot one.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(10);

    private readonly DistributedApplication? _app;
    private readonly CancellationTokenSource? _lifetime;
    private readonly TextWriter _log;

    private readonly string? _messagesDb;

    private PlatformHost(DistributedApplication? app, CancellationTokenSource? lifetime, Uri gateway, IReadOnlyList<Uri> presence,
        IReadOnlyList<Uri> messages, string? messagesDb, TextWriter log)
    {
        _app = app;
        _lifetime = lifetime;
        _log = log;
        _messagesDb = messagesDb;
        Gateway = gateway;
        Presence = presence;
        Messages = messages;
    }

    public Uri Gateway { get; }

    /// <summary>The booted app (null for a platform reached by URL): its resources' states and commands.</summary>
    public DistributedApplication? App => _app;

    /// <summary>
    /// Presence without the gateway, for the direct scenario: each replica's own address from the replica directory
    /// (as the gateway reaches them), or <c>--presence-url</c>; empty when unknown.
    /// </summary>
    public IReadOnlyList<Uri> Presence { get; }

    /// <summary>Messages without the gateway: each replica's own address, or <c>--messages-url</c>; empty when unknown.</summary>
    public IReadOnlyList<Uri> Messages { get; }

    /// <summary>True when this process booted the platform: its processes are this process's descendants.</summary>
    public bool IsInProcess => _app is not null;

    /// <summary>messagesdb's connection string: from the booted app, or <c>--messages-db</c>.</summary>
    public async Task<string?> MessagesDbConnectionStringAsync(CancellationToken cancellationToken) =>
        _app is null ? _messagesDb : await _app.GetConnectionStringAsync("messagesdb", cancellationToken);

    public static async Task<PlatformHost> StartAsync(BenchOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        if (options.GatewayUrl is not null)
        {
            log.WriteLine($"  using the running platform at {options.GatewayUrl} (presence: {options.PresenceUrl?.ToString() ?? "not given"}, "
                + $"messages: {options.MessagesUrl?.ToString() ?? "not given"})");
            return new PlatformHost(null, null, options.GatewayUrl, OneOrNone(options.PresenceUrl), OneOrNone(options.MessagesUrl), options.MessagesDb, log);
        }

        var watch = Stopwatch.StartNew();
        // Aspire keeps using the token given at creation until the app is disposed (the AppHost's shutdown links
        // to it): it must outlive this method, so it belongs to the host and has no timeout of its own.
        var lifetime = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var secret = Guid.NewGuid().ToString("N")[..12];
        DistributedApplication? app = null;
        try
        {
            var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.ChatPlatform_AppHost>(
                [
                    "--ephemeral",
                    .. options.Storage == StorageKind.Durable ? ["--durable"] : Array.Empty<string>(),
                    "--gateway-port", FreePort().ToString(),
                    "--dashboard-port", FreePort().ToString(),
                    $"Parameters:admin-password=admin-{secret}",
                    $"Parameters:agent-password=agent-{secret}",
                ],
                lifetime.Token);
            builder.Services.AddLogging(logging =>
            {
                logging.ClearProviders();
                logging.AddSimpleConsole(console => console.SingleLine = true);
                logging.SetMinimumLevel(options.Verbose ? LogLevel.Warning : LogLevel.Error);
            });
            // Everything the platform logs goes to stderr; stdout keeps the table and the JSON line.
            builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);

            var projects = builder.Resources.OfType<ProjectResource>().Select(p => p.Name).ToArray();
            log.WriteLine($"  booting the AppHost: {string.Join(", ", projects)}");

            app = await builder.BuildAsync(lifetime.Token);
            await app.StartAsync(lifetime.Token).WaitAsync(StartTimeout, cancellationToken);
            var started = app;
            await Task.WhenAll(projects.Select(async name =>
            {
                await started.ResourceNotifications.WaitForResourceHealthyAsync(name, lifetime.Token);
                log.WriteLine($"    {name} healthy after {watch.Elapsed.TotalSeconds:F0} s");
            })).WaitAsync(StartTimeout - watch.Elapsed, cancellationToken);

            var gateway = app.GetEndpoint("gateway", "http");
            var presence = await ReplicasAsync(app, builder, "presence", lifetime.Token);
            var messages = await ReplicasAsync(app, builder, "messages", lifetime.Token);
            log.WriteLine($"  platform ready in {watch.Elapsed.TotalSeconds:F0} s: gateway {gateway}, presence replicas {Describe(presence)}, "
                + $"messages replicas {Describe(messages)}");
            return new PlatformHost(app, lifetime, gateway, presence, messages, null, log);
        }
        catch (Exception)
        {
            if (app is not null)
            {
                await DisposeQuietlyAsync(app, log);
            }
            lifetime.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The replicas' own addresses from the replica directory, so that "direct" skips only the gateway, as the gateway
    /// itself reaches them; DCP's proxy address when the directory has none (a service that does not announce itself).
    /// </summary>
    private static async Task<IReadOnlyList<Uri>> ReplicasAsync(DistributedApplication app, IDistributedApplicationTestingBuilder builder,
        string service, CancellationToken cancellationToken)
    {
        if (builder.Resources.OfType<ProjectResource>().FirstOrDefault(p => p.Name == service) is not { } project)
        {
            return [];
        }
        var redis = await app.GetConnectionStringAsync("redis", cancellationToken);
        var replicas = redis is null ? [] : await ReplicaAddresses.ReadAsync(redis, service, project.GetReplicaCount(), TimeSpan.FromSeconds(15), cancellationToken);
        return replicas.Count > 0 ? replicas : [app.GetEndpoint(service, "http")];
    }

    private static IReadOnlyList<Uri> OneOrNone(Uri? address) => address is null ? [] : [address];

    private static string Describe(IReadOnlyList<Uri> addresses) => addresses.Count == 0 ? "(unknown)" : string.Join(" ", addresses);

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
            await DisposeQuietlyAsync(_app, _log);
        }
        _lifetime?.Dispose();
    }

    /// <summary>Stops and disposes the app; a failure while stopping is reported, not thrown (the results still print).</summary>
    private static async Task DisposeQuietlyAsync(DistributedApplication app, TextWriter log)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await app.StopAsync(timeout.Token);
        }
        catch (Exception ex)
        {
            log.WriteLine($"  stopping the platform: {ex.GetType().Name}: {ex.Message}");
        }
        try
        {
            await app.DisposeAsync();
        }
        catch (Exception ex)
        {
            log.WriteLine($"  disposing the platform: {ex.GetType().Name}: {ex.Message}");
        }
    }
}
