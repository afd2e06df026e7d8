using System.Globalization;

namespace ChatPlatform.Bench.Machine;

/// <summary>
/// CPU time of this process's descendants (DCP, PostgreSQL, Redis, RabbitMQ and every service replica the
/// in-process AppHost started), summed per kind, from /proc (Linux; empty elsewhere). Only our own tree: another
/// engineer's AppHost on the same machine is not counted.
/// </summary>
public static class ProcessTreeCpu
{
    // USER_HZ: 100 on every Linux the project runs on.
    private const double TicksPerSecond = 100;

    /// <summary>CPU seconds so far of each process in the tree, with its kind (e.g. "presence" for both replicas).</summary>
    public static Dictionary<int, (string Kind, double Seconds)> Sample()
    {
        var result = new Dictionary<int, (string Kind, double Seconds)>();
        if (!Directory.Exists("/proc"))
        {
            return result;
        }
        var parents = new Dictionary<int, int>();
        var ticks = new Dictionary<int, long>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
                ticks[pid] = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
            {
                // The process ended while we looked.
            }
        }

        // DCP's API server detaches from the AppHost (its parent becomes init) and watches it with --monitor <pid>.
        var self = Environment.ProcessId;
        var roots = new HashSet<int> { self };
        var monitor = $"--monitor {self} ";
        foreach (var pid in ticks.Keys)
        {
            if (parents.GetValueOrDefault(pid) == 1 && CommandLine(pid).Contains(monitor, StringComparison.Ordinal))
            {
                roots.Add(pid);
            }
        }
        foreach (var (pid, cpu) in ticks)
        {
            if (pid == self || !(roots.Contains(pid) || IsDescendant(pid, roots, parents)))
            {
                continue;
            }
            result[pid] = (Kind(pid), cpu / TicksPerSecond);
        }
        return result;
    }

    /// <summary>
    /// Per kind: CPU between two samples in % of ONE core, biggest first. Per process, so a process that started in
    /// between counts whole; one that ended in between is missing (an undercount, e.g. a closed PostgreSQL backend).
    /// </summary>
    public static Dictionary<string, double> PercentOfOneCore(
        Dictionary<int, (string Kind, double Seconds)> from, Dictionary<int, (string Kind, double Seconds)> to, double seconds)
    {
        var perKind = new Dictionary<string, double>(StringComparer.Ordinal);
        if (seconds <= 0)
        {
            return perKind;
        }
        foreach (var (pid, (kind, cpu)) in to)
        {
            var before = from.TryGetValue(pid, out var earlier) && earlier.Kind == kind ? earlier.Seconds : 0;
            perKind[kind] = perKind.GetValueOrDefault(kind) + Math.Max(0, cpu - before);
        }
        return perKind
            .Select(kv => (kv.Key, Percent: Math.Round(100 * kv.Value / seconds, 1)))
            .Where(x => x.Percent > 0)
            .OrderByDescending(x => x.Percent)
            .ToDictionary(x => x.Key, x => x.Percent, StringComparer.Ordinal);
    }

    private static bool IsDescendant(int pid, HashSet<int> ancestors, Dictionary<int, int> parents)
    {
        for (var depth = 0; depth < 64 && parents.TryGetValue(pid, out var parent); depth++)
        {
            if (ancestors.Contains(parent))
            {
                return true;
            }
            if (parent <= 1)
            {
                return false;
            }
            pid = parent;
        }
        return false;
    }

    /// <summary>The command line with arguments separated (and ended) by spaces; empty when unreadable.</summary>
    private static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static string Kind(int pid)
    {
        var cmdline = CommandLine(pid);
        if (cmdline.Contains(" run ", StringComparison.Ordinal))
        {
            return "dotnet-run";
        }
        if (cmdline.Contains("postgres", StringComparison.Ordinal))
        {
            return "postgres";
        }
        if (cmdline.Contains("redis-server", StringComparison.Ordinal))
        {
            return "redis";
        }
        if (cmdline.Contains("beam.smp", StringComparison.Ordinal) || cmdline.Contains("epmd", StringComparison.Ordinal)
            || cmdline.Contains("rabbitmq", StringComparison.Ordinal) || cmdline.Contains("erl_child_setup", StringComparison.Ordinal))
        {
            return "rabbitmq";
        }
        if (cmdline.Contains("Aspire.Dashboard", StringComparison.Ordinal))
        {
            return "dashboard";
        }
        var marker = cmdline.IndexOf("ChatPlatform.", StringComparison.Ordinal);
        if (marker >= 0)
        {
            var name = cmdline[(marker + "ChatPlatform.".Length)..];
            var end = name.IndexOfAny([' ', '.', '/']);
            return (end > 0 ? name[..end] : name).ToLowerInvariant();
        }
        return cmdline.Contains("dcp", StringComparison.Ordinal) ? "dcp" : cmdline.Length == 0 ? "other" : Path.GetFileName(cmdline.Split(' ')[0]);
    }
}
