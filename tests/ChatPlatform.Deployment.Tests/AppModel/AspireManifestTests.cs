using ChatPlatform.Deployment.Tests.Infrastructure;

namespace ChatPlatform.Deployment.Tests.AppModel;

/// <summary>deploy/aspire/aspire-manifest.json is the app model as the AppHost publishes it today, not as it once was.</summary>
public sealed class AspireManifestTests
{
    [Fact]
    public async Task The_checked_in_manifest_is_what_the_AppHost_publishes_now()
    {
        var output = Directory.CreateTempSubdirectory("chatplatform-manifest-");
        try
        {
            var published = Path.Combine(output.FullName, "aspire-manifest.json");
            var result = await Command.RunAsync("dotnet",
            [
                "run", "--project", Repository.PathOf("ChatPlatform.AppHost"), "--no-build", "-c", Repository.Configuration,
                "--", "--publisher", "manifest", "--output-path", published,
            ]);
            Assert.True(result.ExitCode == 0, $"The manifest publisher failed ({result.ExitCode}): {result.Output}{result.Error}");

            Assert.True(
                ComparableText(published) == ComparableText(Repository.PathOf(AppModelManifest.CheckedInPath)),
                $"The AppHost's app model changed: run scripts/publish-manifest.sh and commit {AppModelManifest.CheckedInPath}.");
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    /// <summary>The manifest with project paths made relative to the repository instead of to the manifest's own directory.</summary>
    private static string ComparableText(string manifestPath)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!.AsObject();
        foreach (var (_, resource) in manifest["resources"]!.AsObject())
        {
            if (resource?["path"] is JsonValue path)
            {
                var absolute = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(manifestPath)!, path.GetValue<string>()));
                resource["path"] = Path.GetRelativePath(Repository.Root, absolute);
            }
        }
        return manifest.ToJsonString(new() { WriteIndented = true });
    }
}
