using System.Diagnostics;

namespace ChatPlatform.Bench.Load;

/// <summary>
/// The measurement window of one run in <see cref="Stopwatch"/> timestamps: a message counts when it was SENT inside
/// [<see cref="MeasureStart"/>, <see cref="MeasureEnd"/>), whenever it arrives (warm-up sends are not measured).
/// </summary>
public sealed class RunClock
{
    private static readonly double MicrosecondsPerTick = 1_000_000.0 / Stopwatch.Frequency;

    public long MeasureStart { get; private set; } = long.MaxValue;

    public long MeasureEnd { get; private set; } = long.MaxValue;

    public void SetWindow(long start, long end)
    {
        MeasureEnd = end;
        MeasureStart = start;
    }

    public bool IsMeasured(long sendTimestamp) => sendTimestamp >= MeasureStart && sendTimestamp < MeasureEnd;

    public static long Microseconds(long fromTimestamp, long toTimestamp) =>
        (long)((toTimestamp - fromTimestamp) * MicrosecondsPerTick);

    public static long SecondsToTicks(double seconds) => (long)(seconds * Stopwatch.Frequency);

    /// <summary>Waits until a <see cref="Stopwatch"/> timestamp (at once when it has passed).</summary>
    public static Task DelayUntilAsync(long timestamp, CancellationToken cancellationToken)
    {
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        return wait > TimeSpan.Zero ? Task.Delay(wait, cancellationToken) : Task.CompletedTask;
    }
}
