using ChatPlatform.Bench.Machine;

namespace ChatPlatform.Bench.Idle;

/// <summary>
/// Finds the processes an idle connection lives in and samples them: the gateway, every Presence replica, DCP's
/// controller process (its proxies sit in front of the gateway and of Presence's replicas) and this process (the
/// clients). Our own process tree when the bench booted the platform, else every process on the machine.
/// </summary>
public static class FootprintSampler
{
    public const string Bench = "bench (clients)";

    public static IReadOnlyList<ProcessFootprint> Sample(bool ownTree)
    {
        var processes = ownTree ? ProcessTree.Descendants() : ProcessTree.All();
        var holders = processes.Where(p => p.Kind == "gateway").Select(p => (Name: "gateway", p.Pid, p.RssBytes))
            .Concat(processes.Where(p => p.Kind == "presence").OrderBy(p => p.Pid).Select((p, i) => (Name: $"presence#{i + 1}", p.Pid, p.RssBytes)))
            .Concat(processes.Where(p => p.Kind == ProcessKind.Dcp && p.CommandLine.Contains(" run-controllers ", StringComparison.Ordinal))
                .Select(p => (Name: "dcp (proxies)", p.Pid, p.RssBytes)))
            .Append((Name: Bench, Pid: Environment.ProcessId, RssBytes: Environment.WorkingSet))
            .ToList();
        return holders.Select(h => new ProcessFootprint(h.Name, h.Pid, h.RssBytes, Sockets(h.Pid), OpenFilesLimit.Of(h.Pid))).ToList();
    }

    /// <summary>Open sockets of a process: the /proc/&lt;pid&gt;/fd links to <c>socket:[inode]</c>.</summary>
    private static int Sockets(int pid)
    {
        try
        {
            return Directory.EnumerateFileSystemEntries($"/proc/{pid}/fd")
                .Count(fd => new FileInfo(fd).LinkTarget?.StartsWith("socket:", StringComparison.Ordinal) == true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
