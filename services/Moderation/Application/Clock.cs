namespace ChatPlatform.Moderation.Application;

internal static class Clock
{
    /// <summary>The current time at PostgreSQL's precision (microseconds), so a response shows what was stored.</summary>
    public static DateTimeOffset NowForDatabase(this TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.UtcTicks % (TimeSpan.TicksPerMillisecond / 1000)));
    }
}
