using System.Diagnostics;
using System.Globalization;

namespace ChatPlatform.Bench.Machine;

/// <summary>
/// CPU counters at one instant: the whole machine's from /proc/stat (Linux) and this process's own. The difference of
/// two samples gives the machine's busy share and the bench process's use (load client, plus the server in the raw
/// scenario, plus the in-process AppHost).
/// </summary>
public readonly record struct CpuSample(long MachineBusyJiffies, long MachineTotalJiffies, TimeSpan ProcessCpu, long Timestamp)
{
    public static CpuSample Take()
    {
        long busy = 0, total = 0;
        try
        {
            using var reader = new StreamReader("/proc/stat");
            var line = reader.ReadLine();
            if (line is not null && line.StartsWith("cpu ", StringComparison.Ordinal))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var i = 1; i < fields.Length && i <= 8; i++)
                {
                    var value = long.Parse(fields[i], CultureInfo.InvariantCulture);
                    total += value;
                    // idle (4th) and iowait (5th) are not busy.
                    if (i is not 4 and not 5)
                    {
                        busy += value;
                    }
                }
            }
        }
        catch (IOException)
        {
            // Not Linux: machine figures stay unknown.
        }
        catch (UnauthorizedAccessException)
        {
        }
        using var process = Process.GetCurrentProcess();
        return new CpuSample(busy, total, process.TotalProcessorTime, Stopwatch.GetTimestamp());
    }

    /// <summary>The machine's busy share between two samples, 0..100 % of all cores; null when unknown.</summary>
    public static double? MachineBusyPercent(CpuSample from, CpuSample to) =>
        to.MachineTotalJiffies > from.MachineTotalJiffies
            ? 100.0 * (to.MachineBusyJiffies - from.MachineBusyJiffies) / (to.MachineTotalJiffies - from.MachineTotalJiffies)
            : null;

    /// <summary>This process's CPU between two samples in % of ONE core (200 % = both cores of a 2-core machine).</summary>
    public static double ProcessPercentOfOneCore(CpuSample from, CpuSample to)
    {
        var wall = Stopwatch.GetElapsedTime(from.Timestamp, to.Timestamp);
        return wall > TimeSpan.Zero ? 100.0 * (to.ProcessCpu - from.ProcessCpu) / wall : 0;
    }

    /// <summary>The 1-minute load average, or null off Linux.</summary>
    public static double? LoadAverage()
    {
        try
        {
            var text = File.ReadAllText("/proc/loadavg");
            return double.Parse(text.Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }
}
