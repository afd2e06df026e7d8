using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;

namespace ChatPlatform.AppHost.Hosting;

/// <summary>
/// On shutdown, stops every running project before DCP stops everything at once, so services drain
/// against live servers instead of waiting out timeouts against a broker or database that is gone.
/// </summary>
/// <remarks>Hosted services stop in reverse order, so this runs before Aspire's orchestrator stops.</remarks>
internal sealed class ProjectsFirstShutdown(
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    IHostApplicationLifetime lifetime) : IHostedService
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    // State of each project instance (replicas have one each), by resource id.
    private readonly ConcurrentDictionary<string, string?> _projectStates = new();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Tracks until the host has stopped; StopAsync may run more than once (a test host stops, then disposes).
        _ = TrackProjectsAsync(lifetime.ApplicationStopped);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Limit);

        var running = _projectStates.Where(project => project.Value == KnownResourceStates.Running).Select(project => project.Key).ToList();
        foreach (var instance in running)
        {
            // Not awaited: the command notices an exit late (it polls with back-off). Its token must outlive this
            // method, whose own token source is disposed on return.
            _ = commands.ExecuteCommandAsync(instance, KnownResourceCommands.StopCommand, lifetime.ApplicationStopped);
        }

        try
        {
            while (running.Any(instance => !KnownResourceStates.TerminalStates.Contains(_projectStates[instance])))
            {
                await Task.Delay(PollInterval, limit.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task TrackProjectsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var resourceEvent in notifications.WatchAsync(cancellationToken))
            {
                if (resourceEvent.Resource is ProjectResource)
                {
                    _projectStates[resourceEvent.ResourceId] = resourceEvent.Snapshot.State?.Text;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
