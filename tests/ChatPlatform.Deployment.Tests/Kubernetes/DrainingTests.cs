using ChatPlatform.Deployment.Tests.Infrastructure;

namespace ChatPlatform.Deployment.Tests.Kubernetes;

/// <summary>A pod that holds WebSockets leaves the endpoints first, then gets time to close its sockets.</summary>
public sealed class DrainingTests
{
    // The host's default when DOTNET_SHUTDOWNTIMEOUTSECONDS is not set.
    private const int DefaultShutdownTimeoutSeconds = 30;

    public static TheoryData<string, string> WebSocketHoldersInEveryOverlay()
    {
        var data = new TheoryData<string, string>();
        foreach (var overlay in Kustomize.Overlays)
        {
            foreach (var service in Platform.WebSocketHolders)
            {
                data.Add(overlay, service);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(WebSocketHoldersInEveryOverlay))]
    public async Task The_grace_period_covers_the_pre_stop_pause_and_the_hosts_shutdown_timeout(string overlay, string service)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        var pod = rendered.Named<V1Deployment>(service).Spec.Template.Spec;
        var container = rendered.Container(service);

        var pause = container.Lifecycle?.PreStop?.Sleep?.Seconds ?? 0;
        Assert.True(pause >= 5, $"{service}: a preStop pause lets the endpoints drop the pod before it stops accepting.");
        var shutdown = rendered.Environment(service).TryGetValue("DOTNET_SHUTDOWNTIMEOUTSECONDS", out var configured)
            ? int.Parse(configured.Value)
            : DefaultShutdownTimeoutSeconds;
        Assert.True(shutdown >= DefaultShutdownTimeoutSeconds, $"{service}: {shutdown} s is too short to close every socket.");
        Assert.True(pod.TerminationGracePeriodSeconds >= pause + shutdown,
            $"{service}: {pod.TerminationGracePeriodSeconds} s of grace < {pause} s pause + {shutdown} s shutdown; the kubelet would kill it mid-drain.");
    }
}
