using ChatPlatform.Sessions.Infrastructure;
using ChatPlatform.Sessions.Infrastructure.Peers;

namespace ChatPlatform.Sessions.Apis;

/// <summary>What the session, participant and room handlers need, bound with <c>[AsParameters]</c>.</summary>
public sealed record SessionServices(SessionsDbContext Db, MessageSummariesClient Summaries, TimeProvider Clock)
{
    /// <summary>The current time at PostgreSQL's precision (microseconds), so a response shows what was stored.</summary>
    public DateTimeOffset Now
    {
        get
        {
            var now = Clock.GetUtcNow();
            return now.AddTicks(-(now.UtcTicks % (TimeSpan.TicksPerMillisecond / 1000)));
        }
    }
}
