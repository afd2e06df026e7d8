using System.Collections.Concurrent;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatPlatform.Bench.Faults;

/// <summary>
/// The AppHost's view of every resource (each replica on its own), kept current from its notification stream:
/// state, health and the process id DCP started.
/// </summary>
public sealed class ResourceWatcher : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ResourceView> _views = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watch;

    public ResourceWatcher(DistributedApplication app)
    {
        _watch = Task.Run(async () =>
        {
            try
            {
                await foreach (var change in app.ResourceNotifications.WatchAsync(_stop.Token))
                {
                    var pid = change.Snapshot.Properties
                        .FirstOrDefault(p => p.Name.EndsWith(".pid", StringComparison.Ordinal) && p.Value is not null)?.Value;
                    _views[change.ResourceId] = new ResourceView(change.ResourceId, change.Resource.Name, change.Snapshot.State?.Text,
                        change.Snapshot.HealthStatus, pid is null ? null : Convert.ToInt32(pid, System.Globalization.CultureInfo.InvariantCulture),
                        change.Snapshot.ExitCode);
                }
            }
            catch (OperationCanceledException)
            {
            }
        });
    }

    /// <summary>The replicas of <paramref name="name"/>, ordered by resource id (replica 0, 1, ...).</summary>
    public IReadOnlyList<ResourceView> Replicas(string name) =>
        _views.Values.Where(v => v.Name == name).OrderBy(v => v.ResourceId, StringComparer.Ordinal).ToList();

    public ResourceView? Get(string resourceId) => _views.GetValueOrDefault(resourceId);

    /// <summary>Resources that have a process (or a health check) and are not running and healthy.</summary>
    public IReadOnlyList<ResourceView> Unhealthy() =>
        _views.Values.Where(v => v.State != KnownResourceStates.Running || v.Health is not (null or HealthStatus.Healthy)).ToList();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watch;
        _stop.Dispose();
    }
}

public sealed record ResourceView(string ResourceId, string Name, string? State, HealthStatus? Health, int? Pid, int? ExitCode);
