using System.Runtime.InteropServices;
using ChatPlatform.Bench.Machine;

namespace ChatPlatform.Bench.Reporting;

/// <summary>Where the figures come from: the load client and every server share this machine.</summary>
public sealed record MachineInfo(int Cores, string Os, string Runtime, long MemoryBytes, double? LoadAverageAtStart, string Note)
{
    public static MachineInfo Current() => new(
        Environment.ProcessorCount,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
        CpuSample.LoadAverage(),
        "load client, raw baseline server and the whole platform share this machine's cores");
}
