namespace ChatPlatform.Identity.Rules;

/// <summary>
/// Sliding-window limit on failed logins: once <c>limit</c> failures fall inside the window, further attempts are
/// refused until enough of them have aged out of it. Applied per account and per client address.
/// </summary>
public static class LoginThrottle
{
    /// <param name="recentFailures">
    /// Failure times for one account or address; only the most recent <paramref name="limit"/> matter, so callers
    /// may pass just those.
    /// </param>
    public static ThrottleDecision Evaluate(IEnumerable<DateTimeOffset> recentFailures, int limit, TimeSpan window, DateTimeOffset now)
    {
        var windowStart = now - window;
        var inWindow = recentFailures.Where(at => at > windowStart).OrderByDescending(at => at).Take(limit).ToList();
        if (inWindow.Count < limit)
        {
            return ThrottleDecision.Allow;
        }
        // Attempts resume once the oldest of the last `limit` failures leaves the window.
        return new ThrottleDecision(false, inWindow[^1] + window - now);
    }

    /// <summary>The stricter of several decisions (refused beats allowed; the longer wait wins).</summary>
    public static ThrottleDecision Combine(params ThrottleDecision[] decisions) =>
        decisions.Where(d => !d.Allowed).OrderByDescending(d => d.RetryAfter).FirstOrDefault(ThrottleDecision.Allow);
}
