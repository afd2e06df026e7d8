namespace ChatPlatform.Client.Realtime;

/// <summary>
/// Delays between reconnect attempts: exponential from <c>initial</c>, capped at <c>max</c>, with "equal jitter"
/// (half the step fixed, half random), so a fleet of clients dropped together does not come back in lockstep and no
/// delay is ever zero. <see cref="Reset"/> after a connection that worked.
/// </summary>
public sealed class ReconnectBackoff(TimeSpan initial, TimeSpan max, Random? random = null)
{
    private readonly Random _random = random ?? Random.Shared;
    private int _attempt;

    /// <summary>Failed attempts since the last <see cref="Reset"/>.</summary>
    public int Attempt => _attempt;

    /// <summary>The delay before the next attempt.</summary>
    public TimeSpan Next()
    {
        var step = Math.Min(max.Ticks, initial.Ticks * Math.Pow(2, Math.Min(_attempt, 30)));
        _attempt++;
        return TimeSpan.FromTicks((long)(step / 2 + _random.NextDouble() * step / 2));
    }

    /// <summary>The delay before the next attempt, at least <paramref name="floor"/> (the server asked us to back off).</summary>
    public TimeSpan Next(TimeSpan floor)
    {
        var next = Next();
        return next < floor ? floor : next;
    }

    public void Reset() => _attempt = 0;
}
