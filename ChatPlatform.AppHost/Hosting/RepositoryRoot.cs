using System.Reflection;

namespace ChatPlatform.AppHost.Hosting;

/// <summary>The directory holding ChatPlatform.sln, found from the AppHost project or the current directory.</summary>
public sealed record RepositoryRoot(string Path)
{
    public string DataDirectory => System.IO.Path.Combine(Path, ".data");

    public static RepositoryRoot Find()
    {
        var projectDirectory = typeof(RepositoryRoot).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => string.Equals(a.Key, "AppHostProjectPath", StringComparison.OrdinalIgnoreCase))?.Value;

        return new(FindUpwards(projectDirectory) ?? FindUpwards(Environment.CurrentDirectory) ?? Environment.CurrentDirectory);
    }

    private static string? FindUpwards(string? start)
    {
        for (var directory = start is null ? null : new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "ChatPlatform.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
