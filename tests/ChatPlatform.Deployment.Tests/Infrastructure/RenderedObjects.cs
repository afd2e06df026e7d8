using k8s;

namespace ChatPlatform.Deployment.Tests.Infrastructure;

/// <summary>The objects one overlay renders to, with the look-ups the tests share.</summary>
internal sealed class RenderedObjects(IReadOnlyList<object> objects)
{
    public IReadOnlyList<object> All => objects;

    public IEnumerable<T> OfKind<T>() => objects.OfType<T>();

    public T Named<T>(string name) where T : IMetadata<V1ObjectMeta>
    {
        var matches = OfKind<T>().Where(item => item.Metadata.Name == name).ToList();
        Assert.True(matches.Count == 1, $"Expected one {typeof(T).Name} named {name}, found {matches.Count}.");
        return matches[0];
    }

    public V1Container Container(string deployment) => Assert.Single(Named<V1Deployment>(deployment).Spec.Template.Spec.Containers);

    /// <summary>
    /// The environment the container gets: the ConfigMaps of its <c>envFrom</c>, then its own <c>env</c> (which wins),
    /// each as a <see cref="V1EnvVar"/> (literal value or <c>valueFrom</c>).
    /// </summary>
    public IReadOnlyDictionary<string, V1EnvVar> Environment(string deployment)
    {
        var container = Container(deployment);
        var environment = new Dictionary<string, V1EnvVar>(StringComparer.Ordinal);
        foreach (var source in container.EnvFrom ?? [])
        {
            Assert.True(source.ConfigMapRef is not null, $"{deployment}: envFrom takes ConfigMaps only (Secrets go through secretKeyRef, one key each).");
            foreach (var (name, value) in Named<V1ConfigMap>(source.ConfigMapRef.Name).Data ?? new Dictionary<string, string>())
            {
                environment[name] = new V1EnvVar { Name = name, Value = value };
            }
        }
        foreach (var variable in container.Env ?? [])
        {
            environment[variable.Name] = variable;
        }
        return environment;
    }

    /// <summary>The container port a probe or Service names (by name or by number).</summary>
    public int ContainerPort(string deployment, IntOrString port)
    {
        var ports = Container(deployment).Ports ?? [];
        var match = int.TryParse(port.Value, out var number)
            ? ports.SingleOrDefault(p => p.ContainerPort == number)
            : ports.SingleOrDefault(p => p.Name == port.Value);
        Assert.True(match is not null, $"{deployment} has no container port {port.Value}.");
        return match.ContainerPort;
    }

    /// <summary>Whether a selector picks pods with these labels (matchLabels only: the manifests use nothing else).</summary>
    public static bool Selects(IDictionary<string, string>? matchLabels, IDictionary<string, string> podLabels) =>
        matchLabels is { Count: > 0 } && matchLabels.All(label => podLabels.TryGetValue(label.Key, out var value) && value == label.Value);
}
