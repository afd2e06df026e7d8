using System.Diagnostics;

namespace ChatPlatform.Bench.Machine;

/// <summary>CPU counters of the machine, this process and the platform's processes at the start and end of a measured window.</summary>
public sealed class CpuWindow
{
    private CpuSample _start;
    private CpuSample _end;
    private Dictionary<int, (string Kind, double Seconds)> _treeStart = [];
    private Dictionary<int, (string Kind, double Seconds)> _treeEnd = [];

    public void Start()
    {
        _start = CpuSample.Take();
        _treeStart = ProcessTreeCpu.Sample();
    }

    public void Stop()
    {
        _end = CpuSample.Take();
        _treeEnd = ProcessTreeCpu.Sample();
    }

    public double Seconds => Stopwatch.GetElapsedTime(_start.Timestamp, _end.Timestamp).TotalSeconds;

    /// <summary>The whole machine's busy share, % of all cores (one decimal); null when unknown.</summary>
    public double? MachinePercent => CpuSample.MachineBusyPercent(_start, _end) is { } busy ? Math.Round(busy, 1) : null;

    /// <summary>This process (load client, in-process AppHost), % of one core.</summary>
    public double BenchPercentOfOneCore => Math.Round(CpuSample.ProcessPercentOfOneCore(_start, _end), 1);

    /// <summary>The platform's processes; <paramref name="operations"/> = messages sent or requests made in the window.</summary>
    public PlatformCpu Platform(long operations) =>
        PlatformCpu.Of(ProcessTreeCpu.SecondsByKind(_treeStart, _treeEnd), Seconds, operations);
}
