using ChatPlatform.Bench.Reporting;

namespace ChatPlatform.Bench;

/// <summary>The first lines on stderr: what runs, on which storage, on what machine, and whether it is busy.</summary>
public static class BenchHeader
{
    /// <summary>A 1-minute load average above this per core means other work is running: the figures will be noisy.</summary>
    private const double BusyLoadPerCore = 0.5;

    public static MachineInfo Write(TextWriter log, BenchOptions options, string description)
    {
        var machine = MachineInfo.Current();
        log.WriteLine($"ChatPlatform bench ({options.Mode.ToString().ToLowerInvariant()}): {description}");
        if (options.NeedsPlatform)
        {
            log.WriteLine(StorageDescription.Of(options));
            if (options.Mode == BenchMode.Delivery)
            {
                log.WriteLine(options.Client == LoadClientKind.Sdk
                    ? "client: the SDK's ChatConnection for direct and gateway (sends awaited to their ack, frames through its channel)"
                    : "client: the bench's own socket client");
            }
        }
        log.WriteLine($"machine: {machine.Cores} cores, {machine.Os}, {machine.Runtime}, load average {machine.LoadAverageAtStart?.ToString("0.00") ?? "?"}");
        WarnIfBusy(log, machine.LoadAverageAtStart);
        return machine;
    }

    public static void WarnIfBusy(TextWriter log, double? loadAverage)
    {
        if (loadAverage is { } load && load > BusyLoadPerCore * Environment.ProcessorCount)
        {
            log.WriteLine($"WARNING: load average {load:0.00} on {Environment.ProcessorCount} cores: other work is running, latency figures will be inflated.");
        }
    }
}
