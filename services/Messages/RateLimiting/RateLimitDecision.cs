namespace ChatPlatform.Messages.RateLimiting;

/// <summary>Whether a send may go ahead; when not, how long until a token is back.</summary>
public readonly record struct RateLimitDecision(bool Allowed, TimeSpan RetryAfter)
{
    public static readonly RateLimitDecision Allow = new(true, TimeSpan.Zero);

    public int RetryAfterMilliseconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalMilliseconds));

    /// <summary>For the Retry-After header: whole seconds, at least 1.</summary>
    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));
}
