namespace ChatPlatform.Deployment.Tests.Infrastructure;

/// <summary>What the manifests must deploy: the AppHost's projects, by their resource names.</summary>
internal static class Platform
{
    public static readonly IReadOnlyList<string> Services = ["identity", "sessions", "messages", "presence", "moderation", "gateway"];

    /// <summary>The processes that hold clients' WebSockets and must drain them on shutdown.</summary>
    public static readonly IReadOnlyList<string> WebSocketHolders = ["gateway", "presence"];

    public static TheoryData<string, string> EveryServiceInEveryOverlay()
    {
        var data = new TheoryData<string, string>();
        foreach (var overlay in Kustomize.Overlays)
        {
            foreach (var service in Services)
            {
                data.Add(overlay, service);
            }
        }
        return data;
    }

    public static TheoryData<string> EveryOverlay() => [.. Kustomize.Overlays];
}
