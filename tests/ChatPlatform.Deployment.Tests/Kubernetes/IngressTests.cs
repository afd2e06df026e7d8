using ChatPlatform.Deployment.Tests.Infrastructure;

namespace ChatPlatform.Deployment.Tests.Kubernetes;

/// <summary>Clients reach only the gateway, through an Ingress that keeps WebSockets open and streams uploads.</summary>
public sealed class IngressTests
{
    public static TheoryData<string> EveryOverlay => Platform.EveryOverlay();

    [Theory]
    [MemberData(nameof(EveryOverlay))]
    public async Task The_ingress_sends_every_path_to_the_gateway_and_nothing_else(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        var ingress = Assert.Single(rendered.OfKind<V1Ingress>());
        var paths = ingress.Spec.Rules.SelectMany(rule => rule.Http.Paths).ToList();

        Assert.Contains(paths, path => path.Path == "/" && path.PathType == "Prefix");
        Assert.All(paths, path => Assert.Equal("gateway", path.Backend.Service.Name));
        var port = Assert.Single(paths.Select(path => path.Backend.Service.Port.Name).Distinct());
        Assert.Contains(rendered.Named<V1Service>("gateway").Spec.Ports, servicePort => servicePort.Name == port);
    }

    [Theory]
    [MemberData(nameof(EveryOverlay))]
    public async Task The_ingress_keeps_an_idle_websocket_open_longer_than_presence_does(string overlay)
    {
        var annotations = Assert.Single((await Kustomize.RenderAsync(overlay)).OfKind<V1Ingress>()).Metadata.Annotations;
        var presenceIdle = TimeSpan.Parse(Settings("services/Presence/appsettings.json")["Presence"]!["IdleTimeout"]!.GetValue<string>());

        foreach (var timeout in new[] { "nginx.ingress.kubernetes.io/proxy-read-timeout", "nginx.ingress.kubernetes.io/proxy-send-timeout" })
        {
            Assert.True(annotations.TryGetValue(timeout, out var seconds), $"{timeout} is not set: ingress-nginx closes sockets after 60 s.");
            Assert.True(TimeSpan.FromSeconds(int.Parse(seconds)) > presenceIdle, $"{timeout} ({seconds} s) would close sockets Presence keeps.");
        }
    }

    [Theory]
    [MemberData(nameof(EveryOverlay))]
    public async Task The_ingress_lets_the_largest_attachment_through_unbuffered(string overlay)
    {
        var annotations = Assert.Single((await Kustomize.RenderAsync(overlay)).OfKind<V1Ingress>()).Metadata.Annotations;
        var gatewayLimit = long.Parse(Settings("gateway/appsettings.json")["ReverseProxy"]!["Routes"]!["session-attachments"]!["Metadata"]!["MaxRequestBodySize"]!.GetValue<string>());

        var bodySize = annotations["nginx.ingress.kubernetes.io/proxy-body-size"];
        Assert.EndsWith("m", bodySize);
        Assert.True(long.Parse(bodySize[..^1]) * 1024 * 1024 >= gatewayLimit, $"proxy-body-size {bodySize} is below the gateway's attachment limit.");
        Assert.Equal("off", annotations["nginx.ingress.kubernetes.io/proxy-request-buffering"]);
    }

    private static JsonNode Settings(string path) => JsonNode.Parse(File.ReadAllText(Repository.PathOf(path)))!;
}
