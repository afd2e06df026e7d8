namespace ChatPlatform.Messages.Rules;

/// <summary>Whether a send may go ahead (and whether it took a token for it); when not, how long until a token is back.</summary>
public readonly record struct RateLimitDecision(bool Allowed, TimeSpan RetryAfter, bool TookToken = true)
{
    public static readonly RateLimitDecision Allow = new(true, TimeSpan.Zero);

    /// <summary>Allowed without a token: the resend of a message that is already stored, or Redis could not be asked.</summary>
    public static readonly RateLimitDecision AllowFree = new(true, TimeSpan.Zero, TookToken: false);

    public int RetryAfterMilliseconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalMilliseconds));

    /// <summary>For the Retry-After header: whole seconds, at least 1.</summary>
    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));
}
