using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;

namespace ChatPlatform.AppHost.Hosting;

/// <summary>
/// On shutdown, stops every running project before DCP stops everything at once, so services drain
/// against live servers instead of waiting out timeouts against a broker or database that is gone.
/// </summary>
/// <remarks>Hosted services stop in reverse order, so this runs before Aspire's orchestrator stops.</remarks>
internal sealed class ProjectsFirstShutdown(ResourceNotificationService notifications, ResourceCommandService commands) : IHostedService
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    // State of each project instance (replicas have one each), by resource id.
    private readonly ConcurrentDictionary<string, string?> _projectStates = new();
    private readonly CancellationTokenSource _tracking = new();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = TrackProjectsAsync(_tracking.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Limit);

        var running = _projectStates.Where(project => project.Value == KnownResourceStates.Running).Select(project => project.Key).ToList();
        foreach (var instance in running)
        {
            // Not awaited: the command notices an exit late (it polls with back-off).
            _ = commands.ExecuteCommandAsync(instance, KnownResourceCommands.StopCommand, limit.Token);
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
        finally
        {
            await _tracking.CancelAsync();
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
