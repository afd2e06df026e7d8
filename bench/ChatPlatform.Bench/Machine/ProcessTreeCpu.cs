namespace ChatPlatform.Bench.Machine;

/// <summary>CPU time of the platform's processes (<see cref="ProcessTree"/>), summed per kind.</summary>
public static class ProcessTreeCpu
{
    /// <summary>CPU seconds so far of each process in the tree, with its kind (e.g. "presence" for both replicas).</summary>
    public static Dictionary<int, (string Kind, double Seconds)> Sample() =>
        ProcessTree.Descendants().ToDictionary(p => p.Pid, p => (p.Kind, p.CpuSeconds));

    /// <summary>
    /// Per kind: CPU seconds between two samples. Per process, so a process that started in between counts whole; one
    /// that ended in between is missing (an undercount, e.g. a closed PostgreSQL backend).
    /// </summary>
    public static Dictionary<string, double> SecondsByKind(
        Dictionary<int, (string Kind, double Seconds)> from, Dictionary<int, (string Kind, double Seconds)> to)
    {
        var perKind = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (pid, (kind, cpu)) in to)
        {
            var before = from.TryGetValue(pid, out var earlier) && earlier.Kind == kind ? earlier.Seconds : 0;
            perKind[kind] = perKind.GetValueOrDefault(kind) + Math.Max(0, cpu - before);
        }
        return perKind;
    }
}
