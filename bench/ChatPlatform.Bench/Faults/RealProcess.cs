using System.Globalization;

namespace ChatPlatform.Bench.Faults;

/// <summary>
/// The OS process a fault kills, found under the process DCP started: a project runs under a <c>dotnet run</c>
/// wrapper (killing that would orphan the service), PostgreSQL under a shell wrapper (the postmaster is its child),
/// RabbitMQ as the Erlang VM (beam.smp). Breadth-first from DCP's pid, the first process whose command matches.
/// </summary>
public static class RealProcess
{
    public static int? Find(string resource, int dcpPid)
    {
        var children = ChildrenByParent();
        var queue = new Queue<int>([dcpPid]);
        while (queue.Count > 0)
        {
            var pid = queue.Dequeue();
            if (Matches(resource, pid))
            {
                return pid;
            }
            foreach (var child in children.GetValueOrDefault(pid, []))
            {
                queue.Enqueue(child);
            }
        }
        return null;
    }

    private static bool Matches(string resource, int pid)
    {
        var comm = Read($"/proc/{pid}/comm").Trim();
        var cmdline = Read($"/proc/{pid}/cmdline").Replace('\0', ' ');
        return resource switch
        {
            "postgres" => comm == "postgres",
            "redis" => comm.StartsWith("redis-server", StringComparison.Ordinal),
            "messaging" => comm.StartsWith("beam", StringComparison.Ordinal),
            _ => !cmdline.Contains(" run ", StringComparison.Ordinal)
                && cmdline.Contains($"ChatPlatform.{char.ToUpperInvariant(resource[0])}{resource[1..]}", StringComparison.Ordinal),
        };
    }

    private static Dictionary<int, List<int>> ChildrenByParent()
    {
        var result = new Dictionary<int, List<int>>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }
            var stat = Read(Path.Combine(dir, "stat"));
            var close = stat.LastIndexOf(')');
            if (close < 0)
            {
                continue;
            }
            var parent = int.Parse(stat[(close + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
            if (!result.TryGetValue(parent, out var list))
            {
                result[parent] = list = [];
            }
            list.Add(pid);
        }
        return result;
    }

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
