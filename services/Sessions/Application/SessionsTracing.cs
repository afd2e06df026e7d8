using System.Diagnostics;

namespace ChatPlatform.Sessions.Application;

/// <summary>
/// The service's one <see cref="ActivitySource"/>: a span for each domain step, inside the trace of the request or
/// event that caused it. ServiceDefaults traces every <c>ChatPlatform.*</c> source.
/// </summary>
public static class SessionsTracing
{
    public const string SourceName = "ChatPlatform.Sessions";

    public static readonly ActivitySource Source = new(SourceName);

    /// <summary>Runs one change to a session or room under a span, with the id it names and its outcome.</summary>
    public static async Task<SessionChange<TOutcome>> TraceChangeAsync<TOutcome>(
        string name, string idTag, Guid id, Func<Task<SessionChange<TOutcome>>> change) where TOutcome : struct, Enum
    {
        using var activity = Source.StartActivity(name);
        activity?.SetTag(idTag, id);
        var result = await change();
        activity?.SetTag("chat.outcome", result.OutcomeName);
        return result;
    }
}
