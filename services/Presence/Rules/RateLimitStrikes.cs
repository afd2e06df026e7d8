namespace ChatPlatform.Presence.Rules;

/// <summary>
/// The rate_limited answers one socket got within a sliding window; a client that keeps sending into the limit
/// (more than <paramref name="limit"/> of them within <paramref name="window"/>) is flooding and gets closed with 4429.
/// </summary>
public sealed class RateLimitStrikes(int limit, TimeSpan window)
{
    private readonly Queue<long> strikes = new();
    private readonly Lock gate = new();

    /// <summary>Counts one rejection; true when the socket is now over the limit.</summary>
    /// <param name="nowMilliseconds">A monotonic clock in milliseconds (<see cref="Environment.TickCount64"/>).</param>
    public bool Add(long nowMilliseconds)
    {
        lock (gate)
        {
            strikes.Enqueue(nowMilliseconds);
            while (strikes.Peek() <= nowMilliseconds - (long)window.TotalMilliseconds)
            {
                strikes.Dequeue();
            }
            return strikes.Count > limit;
        }
    }
}
