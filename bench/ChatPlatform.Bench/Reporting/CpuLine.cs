using System.Globalization;
using ChatPlatform.Bench.Machine;

namespace ChatPlatform.Bench.Reporting;

/// <summary>
/// The "CPU by process" line: % of one core per kind of platform process with its CPU ms per operation, this process,
/// and the platform's total per operation, e.g. <c>messages 47 (0.41 ms/msg), ..., bench 15; platform 1.2 ms/msg</c>.
/// </summary>
public static class CpuLine
{
    public static string Format(PlatformCpu cpu, double benchPercentOfOneCore, string unit) =>
        string.Join(", ", cpu.PercentOfOneCore.Select(kv => cpu.MsPerOperationByKind.TryGetValue(kv.Key, out var ms)
            ? string.Format(CultureInfo.InvariantCulture, "{0} {1:0} ({2} ms/{3})", kv.Key, kv.Value, Ms(ms), unit)
            : string.Format(CultureInfo.InvariantCulture, "{0} {1:0}", kv.Key, kv.Value)))
        + string.Format(CultureInfo.InvariantCulture, ", bench {0:0}", benchPercentOfOneCore)
        + (cpu.MsPerOperation is { } total ? $"; platform {Ms(total)} ms/{unit}" : "");

    /// <summary>CPU ms per operation: 3 significant decimals below 1 (0.004, 0.41), fewer above (12.5).</summary>
    public static string Ms(double? value) => value is null ? "-" : value.Value.ToString("0.0##", CultureInfo.InvariantCulture);
}
