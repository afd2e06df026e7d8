namespace ChatPlatform.Bench.Load;

/// <summary>The load of one run.</summary>
public sealed record LoadSettings(
    double Rate,
    double DurationSeconds,
    double WarmupSeconds,
    double RampSeconds,
    double DrainSeconds,
    int PayloadBytes,
    int ConnectConcurrency,
    int? Senders,
    LoadClientKind Client = LoadClientKind.Raw)
{
    /// <summary>The rate starts at this share of the target and climbs linearly over the ramp.</summary>
    public const double RampStartShare = 0.1;

    /// <summary>How many messages are due <paramref name="seconds"/> after the start (the integral of the ramped rate).</summary>
    public double MessagesDueAt(double seconds)
    {
        var start = Rate * RampStartShare;
        if (RampSeconds <= 0)
        {
            return Rate * seconds;
        }
        if (seconds < RampSeconds)
        {
            return start * seconds + (Rate - start) * seconds * seconds / (2 * RampSeconds);
        }
        return start * RampSeconds + (Rate - start) * RampSeconds / 2 + Rate * (seconds - RampSeconds);
    }
}
