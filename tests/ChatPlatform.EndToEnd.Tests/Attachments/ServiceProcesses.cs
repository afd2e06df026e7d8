using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Platform;

namespace ChatPlatform.EndToEnd.Tests.Attachments;

/// <summary>The OS processes of a project resource (every replica), from the process ids DCP reports for it.</summary>
internal static class ServiceProcesses
{
    private const string PidProperty = "executable.pid";

    /// <summary>
    /// Each replica's service process: the reported process or its descendant that runs <paramref name="assembly"/>
    /// (DCP reports the <c>dotnet run</c> launcher, whose child is the service).
    /// </summary>
    public static async Task<IReadOnlySet<int>> OfAsync(PlatformFixture platform, string resource, string assembly)
    {
        var roots = new Dictionary<string, int>();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await foreach (var update in platform.App.ResourceNotifications.WatchAsync(cancellation.Token))
            {
                if (update.Resource.Name == resource
                    && update.Snapshot.Properties.FirstOrDefault(p => p.Name == PidProperty)?.Value is { } value
                    && int.TryParse(value.ToString(), out var pid))
                {
                    roots[update.ResourceId] = pid;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        return roots.Values
            .SelectMany(pid => ProcessTree.DescendantsOf(pid).Append(pid))
            .Where(pid => Runs(pid, assembly))
            .ToHashSet();
    }

    private static bool Runs(int pid, string assembly)
    {
        var program = CommandLine(pid).Split(' ', 2)[0];
        return program.EndsWith("/" + assembly, StringComparison.Ordinal) || CommandLine(pid).Contains(assembly + ".dll", StringComparison.Ordinal);
    }

    public static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }

    /// <summary>
    /// The working set (resident set size) and its private part (resident anonymous and shared-memory pages: what
    /// the process itself allocated, without the framework and library files it maps, which every .NET process
    /// shares through the page cache). Zero once the process is gone.
    /// </summary>
    public static MemorySample Memory(int pid)
    {
        try
        {
            var fields = File.ReadLines($"/proc/{pid}/status")
                .Select(line => line.Split(':', 2))
                .Where(parts => parts.Length == 2 && parts[0] is "VmRSS" or "RssAnon" or "RssShmem")
                .ToDictionary(parts => parts[0], parts => long.Parse(parts[1].Trim().Split(' ')[0]) * 1024);
            return new MemorySample(fields.GetValueOrDefault("VmRSS"), fields.GetValueOrDefault("RssAnon") + fields.GetValueOrDefault("RssShmem"));
        }
        catch (IOException)
        {
            return new MemorySample(0, 0);
        }
    }
}
