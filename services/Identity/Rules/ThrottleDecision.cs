namespace ChatPlatform.Identity.Rules;

/// <summary>Whether a login may be attempted now, and if not, how long until it may.</summary>
public readonly record struct ThrottleDecision(bool Allowed, TimeSpan RetryAfter)
{
    public static ThrottleDecision Allow { get; } = new(true, TimeSpan.Zero);

    /// <summary>The Retry-After header value: whole seconds, rounded up, at least one.</summary>
    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));
}
