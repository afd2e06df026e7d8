namespace ChatPlatform.ServiceDefaults.Data;

/// <summary>
/// PostgreSQL keeps timestamps to the microsecond: a time cut to that precision reads back exactly as it was written,
/// so the response to a change shows what was stored and every later read agrees with it.
/// </summary>
public static class StoredTime
{
    /// <summary>Now, at PostgreSQL's precision.</summary>
    public static DateTimeOffset GetStoredUtcNow(this TimeProvider clock) => ToStoredPrecision(clock.GetUtcNow());

    /// <summary>The time in UTC, cut to whole microseconds.</summary>
    public static DateTimeOffset ToStoredPrecision(DateTimeOffset time) =>
        new(time.UtcTicks - time.UtcTicks % TimeSpan.TicksPerMicrosecond, TimeSpan.Zero);
}
