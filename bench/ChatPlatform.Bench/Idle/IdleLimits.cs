using System.Globalization;

namespace ChatPlatform.Bench.Idle;

/// <summary>
/// What N idle connections need of the operating system, checked before and after the platform starts: local ports
/// per destination, and open files per process (the bench N, the gateway 2N, a Presence replica its share, DCP's
/// proxies 4N: two sockets per proxied connection on two hops). The bench changes no system setting; it only raises
/// its own limit, which the processes it starts inherit.
/// </summary>
public static class IdleLimits
{
    private const int Spare = 1_000;

    /// <summary>Before booting: raises this process's open-files limit if it can, and warns about ports.</summary>
    public static List<string> PrepareThisProcess(int connections, bool bootsPlatform, PortRange? ports, TextWriter log)
    {
        var notes = new List<string>();
        // DCP's proxies need the most (4N); they inherit this process's limit when the bench boots the platform.
        var wanted = (ulong)((bootsPlatform ? 4L : 1L) * connections + 10 * Spare);
        if (OpenFilesLimit.RaiseTo(wanted) is { } raised)
        {
            notes.Add(raised);
        }
        if (ports is not null && connections > ports.Size)
        {
            notes.Add($"WARNING: {connections:N0} connections, but the ephemeral port range {ports.Low}-{ports.High} holds {ports.Size:N0}: every hop to "
                + "a single address (bench -> gateway, gateway -> Presence through DCP's proxy, the proxy -> gateway) needs a local port per "
                + "connection. Widen it first: sysctl -w net.ipv4.ip_local_port_range=\"1024 65535\"");
        }
        foreach (var note in notes)
        {
            log.WriteLine("  " + note);
        }
        return notes;
    }

    /// <summary>After booting: warns about every process whose open-files limit is below what it will need.</summary>
    public static List<string> CheckPlatform(IReadOnlyList<ProcessFootprint> processes, int connections, TextWriter log)
    {
        var replicas = Math.Max(1, processes.Count(p => p.Name.StartsWith("presence", StringComparison.Ordinal)));
        var notes = new List<string>();
        foreach (var process in processes)
        {
            var needed = Needed(process.Name, connections, replicas) + process.Sockets;
            var line = string.Format(CultureInfo.InvariantCulture, "{0} (pid {1}): open-files limit {2}, needs about {3:N0}",
                process.Name, process.Pid, process.OpenFilesLimit?.ToString(CultureInfo.InvariantCulture) ?? "?", needed);
            log.WriteLine("  " + line);
            if (process.OpenFilesLimit < needed)
            {
                notes.Add($"WARNING: {line}: raise it (ulimit -n / LimitNOFILE) before starting the platform");
                log.WriteLine("  " + notes[^1]);
            }
        }
        return notes;
    }

    private static long Needed(string process, int connections, int presenceReplicas) => process switch
    {
        "gateway" => 2L * connections,
        "dcp (proxies)" => 4L * connections,
        FootprintSampler.Bench => connections,
        _ => (long)connections / presenceReplicas,
    } + Spare;
}
