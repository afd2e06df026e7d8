using System.Collections.Concurrent;
using k8s;

namespace ChatPlatform.Deployment.Tests.Infrastructure;

/// <summary>
/// Renders an overlay of deploy/kubernetes with <c>kubectl kustomize</c> (offline) and reads the objects with the
/// Kubernetes client's own models. Without kubectl the tests fail: the manifests must be checked, not assumed.
/// </summary>
internal static class Kustomize
{
    public const string OverlaysDirectory = "deploy/kubernetes/overlays";

    private static readonly ConcurrentDictionary<string, Lazy<Task<RenderedObjects>>> Renders = new();

    public static IReadOnlyList<string> Overlays { get; } = Directory
        .GetDirectories(Repository.PathOf(OverlaysDirectory))
        .Select(Path.GetFileName)
        .Order(StringComparer.Ordinal)
        .ToList()!;

    public static Task<RenderedObjects> RenderAsync(string overlay) =>
        Renders.GetOrAdd(overlay, name => new Lazy<Task<RenderedObjects>>(() => RenderNowAsync(name))).Value;

    private static async Task<RenderedObjects> RenderNowAsync(string overlay)
    {
        var result = await Command.RunAsync("kubectl", ["kustomize", Repository.PathOf($"{OverlaysDirectory}/{overlay}")]);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"kubectl kustomize {overlay} failed ({result.ExitCode}): {result.Error}");
        }
        return new RenderedObjects(KubernetesYaml.LoadAllFromString(result.Output));
    }
}
