namespace ChatPlatform.EndToEnd.Tests.Platform;

/// <summary>Reads the Linux process table: descendants of a process and processes whose command line mentions a path.</summary>
internal static class ProcessTree
{
    public static IReadOnlySet<int> DescendantsOf(int root)
    {
        var parents = AllProcesses().ToDictionary(p => p.Pid, p => p.ParentPid);
        var result = new HashSet<int>();
        var frontier = new Queue<int>([root]);
        while (frontier.TryDequeue(out var pid))
        {
            foreach (var child in parents.Where(p => p.Value == pid).Select(p => p.Key))
            {
                if (result.Add(child))
                {
                    frontier.Enqueue(child);
                }
            }
        }
        return result;
    }

    /// <summary>Processes whose environment holds <paramref name="marker"/> (inherited from the process that set it).</summary>
    public static IReadOnlySet<int> WithEnvironmentMarker(string marker) =>
        AllProcesses().Select(p => p.Pid).Where(pid => ReadOrEmpty($"/proc/{pid}/environ").Contains(marker, StringComparison.Ordinal)).ToHashSet();

    /// <summary>The processes that DCP's <c>monitor-process --child N</c> watchers among <paramref name="pids"/> look after.</summary>
    public static IReadOnlySet<int> MonitoredChildren(IEnumerable<int> pids) =>
        pids.Select(pid => ReadOrEmpty($"/proc/{pid}/cmdline").Split('\0'))
            .SelectMany(args => args.Zip(args.Skip(1)).Where(pair => pair.First == "--child").Select(pair => pair.Second))
            .Select(value => int.TryParse(value, out var child) ? child : 0)
            .Where(child => child > 0)
            .ToHashSet();

    public static IReadOnlyList<string> LiveCommandLines(IEnumerable<int> pids) =>
        pids.Select(CommandLineIfAlive).OfType<string>().ToList();

    /// <summary>Live processes whose command line or environment mentions <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> ProcessesMentioning(string text) =>
        AllProcesses()
            .Where(p => ReadOrEmpty($"/proc/{p.Pid}/environ").Contains(text, StringComparison.Ordinal)
                || ReadOrEmpty($"/proc/{p.Pid}/cmdline").Contains(text, StringComparison.Ordinal))
            .Select(p => CommandLineIfAlive(p.Pid))
            .OfType<string>()
            .ToList();

    private static string ReadOrEmpty(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private static string? CommandLineIfAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            if (stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z'))
            {
                return null;
            }
            return $"{pid}: {File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ')}";
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static IEnumerable<(int Pid, int ParentPid)> AllProcesses()
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(dir, "stat"));
            }
            catch (IOException)
            {
                continue;
            }
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            yield return (pid, int.Parse(fields[1]));
        }
    }
}
