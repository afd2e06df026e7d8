namespace ChatPlatform.Deployment.Tests.Infrastructure;

/// <summary>The Aspire app model as the AppHost publishes it (deploy/aspire/aspire-manifest.json).</summary>
internal sealed class AppModelManifest(JsonObject root)
{
    public const string CheckedInPath = "deploy/aspire/aspire-manifest.json";

    public static AppModelManifest CheckedIn { get; } = new(JsonNode.Parse(File.ReadAllText(Repository.PathOf(CheckedInPath)))!.AsObject());

    public JsonObject Resource(string name) =>
        root["resources"]?[name]?.AsObject() ?? throw new InvalidOperationException($"The app model has no resource {name}.");

    /// <summary>The names of the environment variables the AppHost gives a project.</summary>
    public IReadOnlySet<string> EnvironmentNames(string project) =>
        (Resource(project)["env"]?.AsObject() ?? []).Select(variable => variable.Key).ToHashSet(StringComparer.Ordinal);
}
