using System.Globalization;

namespace ChatPlatform.Bench.Machine;

/// <summary>
/// The processes of the platform from /proc (Linux; empty elsewhere): this process's descendants (DCP, PostgreSQL,
/// Redis, RabbitMQ and every service replica the in-process AppHost started), or every process on the machine for a
/// platform the bench did not start. Only our own tree by default: another engineer's AppHost is not counted.
/// </summary>
public static class ProcessTree
{
    // USER_HZ: 100 on every Linux the project runs on.
    private const double TicksPerSecond = 100;

    private readonly record struct Stat(int Parent, long CpuTicks, long RssPages);

    /// <summary>This process's descendants, itself excluded.</summary>
    public static IReadOnlyList<TreeProcess> Descendants()
    {
        var stats = ReadAll();
        // DCP's API server detaches from the AppHost (its parent becomes init) and watches it with --monitor <pid>.
        var self = Environment.ProcessId;
        var roots = new HashSet<int> { self };
        var monitor = $"--monitor {self} ";
        foreach (var (pid, stat) in stats)
        {
            if (stat.Parent == 1 && ProcessKind.CommandLine(pid).Contains(monitor, StringComparison.Ordinal))
            {
                roots.Add(pid);
            }
        }
        return stats
            .Where(s => s.Key != self && (roots.Contains(s.Key) || IsDescendant(s.Key, roots, stats)))
            .Select(s => Describe(s.Key, s.Value))
            .ToList();
    }

    /// <summary>Every process on the machine (for a platform started elsewhere).</summary>
    public static IReadOnlyList<TreeProcess> All() =>
        ReadAll().Where(s => s.Key != Environment.ProcessId).Select(s => Describe(s.Key, s.Value)).ToList();

    private static TreeProcess Describe(int pid, Stat stat)
    {
        var cmdline = ProcessKind.CommandLine(pid);
        return new TreeProcess(pid, ProcessKind.Of(cmdline), cmdline, stat.CpuTicks / TicksPerSecond, stat.RssPages * Environment.SystemPageSize);
    }

    private static Dictionary<int, Stat> ReadAll()
    {
        var result = new Dictionary<int, Stat>();
        if (!Directory.Exists("/proc"))
        {
            return result;
        }
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // Fields after "(comm) ": state is field 3, so field N is fields[N - 3].
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                result[pid] = new Stat(
                    int.Parse(fields[1], CultureInfo.InvariantCulture),
                    long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture),
                    long.Parse(fields[21], CultureInfo.InvariantCulture));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
            {
                // The process ended while we looked.
            }
        }
        return result;
    }

    private static bool IsDescendant(int pid, HashSet<int> ancestors, Dictionary<int, Stat> stats)
    {
        for (var depth = 0; depth < 64 && stats.TryGetValue(pid, out var stat); depth++)
        {
            if (ancestors.Contains(stat.Parent))
            {
                return true;
            }
            if (stat.Parent <= 1)
            {
                return false;
            }
            pid = stat.Parent;
        }
        return false;
    }
}
