using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Aspire.Hosting.ApplicationModel;

namespace ChatPlatform.Bench.Faults;

/// <summary>
/// Kills the real OS processes of a fault with SIGKILL, then waits for the AppHost to start them again (their DCP
/// process id changes and they run) and for the whole platform to be healthy: every resource running, every service
/// process's own <c>/health</c> Healthy (<see cref="ProcessHealth"/>), and the gateway's Healthy.
/// </summary>
public sealed class FaultInjector(ResourceWatcher resources, HttpClient gateway, TextWriter log)
{
    private static readonly string[] Platform = ["postgres", "redis", "messaging", "identity", "sessions", "messages", "presence", "moderation", "gateway"];
    private static readonly string[] Services = ["identity", "sessions", "messages", "presence", "moderation", "gateway"];

    public async Task<(TimeSpan? Restarted, TimeSpan? Healthy)> InjectAsync(FaultPlan fault, TimeSpan limit, CancellationToken cancellationToken)
    {
        var killed = new List<(string ResourceId, int DcpPid)>();
        var watch = Stopwatch.StartNew();
        foreach (var target in fault.Targets)
        {
            var replicas = resources.Replicas(target.Resource);
            var view = target.Replica < replicas.Count ? replicas[target.Replica]
                : throw new InvalidOperationException($"{target}: the AppHost has {replicas.Count} replica(s) of {target.Resource}.");
            var pid = view.Pid is { } dcpPid ? RealProcess.Find(target.Resource, dcpPid) : null;
            if (pid is null)
            {
                throw new InvalidOperationException($"{target}: no process found under DCP's pid {view.Pid}.");
            }
            Process.GetProcessById(pid.Value).Kill();
            log.WriteLine($"  killed {target} ({view.ResourceId}): SIGKILL to pid {pid} (DCP started pid {view.Pid})");
            killed.Add((view.ResourceId, view.Pid!.Value));
        }

        TimeSpan? restarted = null;
        while (watch.Elapsed < limit)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            if (restarted is null && killed.All(k => resources.Get(k.ResourceId) is { State: var state, Pid: var pid } && state == KnownResourceStates.Running && pid != k.DcpPid))
            {
                restarted = watch.Elapsed;
                log.WriteLine($"  running again after {restarted.Value.TotalSeconds:0.0} s");
            }
            if (restarted is not null && await IsHealthyAsync(cancellationToken))
            {
                return (restarted, watch.Elapsed);
            }
        }
        log.WriteLine($"  not healthy within {limit.TotalSeconds:0} s: {Describe()}");
        return (restarted, null);
    }

    /// <summary>Waits (up to <paramref name="limit"/>) for a healthy platform; false if it is not.</summary>
    public async Task<bool> WaitHealthyAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        while (!await IsHealthyAsync(cancellationToken))
        {
            if (watch.Elapsed > limit)
            {
                log.WriteLine($"  the platform is not healthy after {limit.TotalSeconds:0} s: {Describe()}");
                return false;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
        return true;
    }

    private async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        if (Platform.Any(name => resources.Replicas(name) is var replicas
            && (replicas.Count == 0 || replicas.Any(r => r.State != KnownResourceStates.Running || r.Pid is null))))
        {
            return false;
        }
        foreach (var replica in Services.SelectMany(resources.Replicas))
        {
            if (!await ProcessHealth.IsHealthyAsync(gateway, replica.Name, replica.Pid!.Value, cancellationToken))
            {
                return false;
            }
        }
        try
        {
            using var response = await gateway.GetAsync("/health", cancellationToken);
            var report = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
            return report?["status"]?.GetValue<string>() == "Healthy";
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private string Describe() => string.Join(", ", Platform.SelectMany(resources.Replicas)
        .Select(r => $"{r.ResourceId} {r.State}/{r.Health} (exit {r.ExitCode})"));
}
