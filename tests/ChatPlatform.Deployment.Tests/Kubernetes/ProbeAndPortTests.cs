using ChatPlatform.Deployment.Tests.Infrastructure;

namespace ChatPlatform.Deployment.Tests.Kubernetes;

/// <summary>Kubernetes asks each pod the questions ServiceDefaults answers, where the service listens.</summary>
public sealed class ProbeAndPortTests
{
    // ServiceDefaults/Extensions.cs: /health checks the dependencies (ready), /alive only the process (live).
    private const string ReadinessPath = "/health";
    private const string LivenessPath = "/alive";

    public static TheoryData<string, string> EveryServiceInEveryOverlay => Platform.EveryServiceInEveryOverlay();

    [Theory]
    [MemberData(nameof(EveryServiceInEveryOverlay))]
    public async Task Readiness_asks_health_and_liveness_asks_alive_on_the_port_kestrel_listens_on(string overlay, string service)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        var container = rendered.Container(service);
        var listening = ListeningPort(rendered, service);

        Assert.Equal(ReadinessPath, container.ReadinessProbe.HttpGet.Path);
        Assert.Equal(listening, rendered.ContainerPort(service, container.ReadinessProbe.HttpGet.Port));
        Assert.Equal(LivenessPath, container.LivenessProbe.HttpGet.Path);
        Assert.Equal(listening, rendered.ContainerPort(service, container.LivenessProbe.HttpGet.Port));
        // Migrations run at start: a startup probe holds liveness off until the process answers.
        Assert.Equal(LivenessPath, container.StartupProbe.HttpGet.Path);
        Assert.Equal(listening, rendered.ContainerPort(service, container.StartupProbe.HttpGet.Port));
    }

    [Theory]
    [MemberData(nameof(EveryServiceInEveryOverlay))]
    public async Task The_service_forwards_http_on_port_80_to_the_port_kestrel_listens_on(string overlay, string service)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        var port = Assert.Single(rendered.Named<V1Service>(service).Spec.Ports);

        // Callers find peers as http://<name> (services__<name>__http__0), which is port 80.
        Assert.Equal(("http", 80), (port.Name, port.Port));
        Assert.Equal(ListeningPort(rendered, service), rendered.ContainerPort(service, port.TargetPort));
    }

    /// <summary>Where Kestrel listens: ASPNETCORE_HTTP_PORTS as the container gets it.</summary>
    private static int ListeningPort(RenderedObjects rendered, string service)
    {
        var environment = rendered.Environment(service);
        Assert.True(environment.TryGetValue("ASPNETCORE_HTTP_PORTS", out var ports), $"{service}: ASPNETCORE_HTTP_PORTS is not set.");
        return int.Parse(Assert.Single(ports.Value.Split(';')));
    }
}
