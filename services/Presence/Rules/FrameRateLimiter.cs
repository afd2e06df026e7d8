namespace ChatPlatform.Presence.Rules;

/// <summary>A token bucket over client frames of one socket (not thread-safe: the receive loop is its only user).</summary>
public sealed class FrameRateLimiter(double framesPerSecond, int burst)
{
    private double tokens = burst;
    private long lastRefill = -1;

    /// <param name="nowMilliseconds">A monotonic clock in milliseconds (<see cref="Environment.TickCount64"/>).</param>
    public bool TryTake(long nowMilliseconds)
    {
        if (lastRefill >= 0)
        {
            tokens = Math.Min(burst, tokens + (nowMilliseconds - lastRefill) * framesPerSecond / 1000.0);
        }
        lastRefill = nowMilliseconds;
        if (tokens < 1)
        {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
