namespace ChatPlatform.Bench.Platform;

/// <summary>
/// The platform with its users and sessions, ready for load: booted (or reached by URL), then set up through the
/// gateway. A failure is kept in <see cref="Error"/> rather than thrown, so the runs that do not need it still report.
/// </summary>
public sealed class BootedPlatform(TextWriter log) : IAsyncDisposable
{
    public PlatformHost? Host { get; private set; }

    public GatewayClient? Rest { get; private set; }

    public PlatformSetup? Setup { get; private set; }

    /// <summary>Why the platform could not be set up, if it could not.</summary>
    public string? Error { get; private set; }

    public static async Task<BootedPlatform> StartAsync(BenchOptions options, int users, int sessions, TextWriter log,
        CancellationToken cancellationToken)
    {
        var booted = new BootedPlatform(log);
        try
        {
            log.WriteLine("platform:");
            booted.Host = await PlatformHost.StartAsync(options, log, cancellationToken);
            booted.Rest = new GatewayClient(booted.Host.Gateway);
            booted.Setup = await PlatformSetup.CreateAsync(booted.Rest, users, sessions, log, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            booted.Error = ex.GetBaseException().Message;
            log.WriteLine($"the platform could not be set up: {ex}");
        }
        catch
        {
            await booted.DisposeAsync();
            throw;
        }
        return booted;
    }

    public async ValueTask DisposeAsync()
    {
        Rest?.Dispose();
        if (Host is not null)
        {
            log.WriteLine("stopping the platform");
            await Host.DisposeAsync();
        }
    }
}
