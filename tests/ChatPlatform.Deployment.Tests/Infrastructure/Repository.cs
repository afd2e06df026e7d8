using System.Reflection;

namespace ChatPlatform.Deployment.Tests.Infrastructure;

/// <summary>The checkout under test (the directory holding ChatPlatform.sln above the test binaries) and how it was built.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration of this test assembly (Debug or Release): the AppHost was built the same way.</summary>
    public static string Configuration { get; } = typeof(Repository).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "Configuration").Value!;

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ChatPlatform.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No ChatPlatform.sln above {AppContext.BaseDirectory}.");
    }
}
