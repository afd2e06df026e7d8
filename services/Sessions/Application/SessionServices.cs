using ChatPlatform.ServiceDefaults.Data;
using ChatPlatform.Sessions.Infrastructure;
using ChatPlatform.Sessions.Infrastructure.Peers;

namespace ChatPlatform.Sessions.Application;

/// <summary>
/// What the session, participant and room use cases need; the endpoints bind it with <c>[AsParameters]</c>.
/// </summary>
public sealed record SessionServices(SessionsDbContext Db, MessageSummariesClient Summaries, TimeProvider Clock)
{
    /// <summary>The current time at PostgreSQL's precision, so a response shows what was stored.</summary>
    public DateTimeOffset Now => Clock.GetStoredUtcNow();
}
