using Aspire.Hosting;
using ChatPlatform.Bench.Platform;

namespace ChatPlatform.Bench.Faults;

/// <summary>
/// What the fault harness and the soak share: the platform booted by the bench with its users and sessions, the
/// AppHost's resources watched, and the load running through the gateway with its acknowledgements and observations.
/// </summary>
public sealed class LoadedPlatform : IAsyncDisposable
{
    private readonly BootedPlatform _booted;

    private LoadedPlatform(BootedPlatform booted, DistributedApplication app, PlatformSetup setup, BenchOptions options)
    {
        _booted = booted;
        App = app;
        Setup = setup;
        Http = new HttpClient { BaseAddress = booted.Host!.Gateway, Timeout = TimeSpan.FromSeconds(10) };
        Resources = new ResourceWatcher(app);
        Load = new FaultLoad(setup, booted.Host.Gateway, Http, options.RestSenders, options.Rates[0], Acks, Seen);
    }

    public DistributedApplication App { get; }

    public PlatformSetup Setup { get; }

    /// <summary>The gateway, for the load's REST calls, the checks and health.</summary>
    public HttpClient Http { get; }

    public ResourceWatcher Resources { get; }

    public AckLog Acks { get; } = new();

    public Observations Seen { get; } = new();

    public FaultLoad Load { get; }

    /// <summary>Boots, sets up and starts the load; null (after saying why) when the platform could not be set up.</summary>
    public static async Task<LoadedPlatform?> StartAsync(BenchOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var booted = await BootedPlatform.StartAsync(options, options.Clients, options.Sessions, log, cancellationToken);
        if (booted.Error is not null || booted.Host?.App is not { } app || booted.Setup is not { } setup)
        {
            log.WriteLine($"{options.Mode.ToString().ToLowerInvariant()} needs a platform booted by the bench (no --gateway-url)");
            await booted.DisposeAsync();
            return null;
        }
        var platform = new LoadedPlatform(booted, app, setup, options);
        platform.Load.Start();
        platform.Load.Resume();
        return platform;
    }

    public async ValueTask DisposeAsync()
    {
        await Load.DisposeAsync();
        await Resources.DisposeAsync();
        Http.Dispose();
        await _booted.DisposeAsync();
    }
}
