using ChatPlatform.ServiceDefaults.Problems;
using System.Diagnostics;

namespace ChatPlatform.Messages.Application;

/// <summary>
/// The service's one <see cref="ActivitySource"/>: a span for each domain step (send, edit, delete, react), inside the
/// trace of the request or frame that caused it. ServiceDefaults traces every <c>ChatPlatform.*</c> source.
/// </summary>
public static class MessagesTracing
{
    public const string SourceName = "ChatPlatform.Messages";

    public static readonly ActivitySource Source = new(SourceName);

    /// <summary>Runs one change to a message under a span, with the message's id and the outcome (<c>done</c> or its code).</summary>
    public static async Task<MessageOutcome> TraceChangeAsync(string name, Guid messageId, Func<Task<MessageOutcome>> change)
    {
        using var activity = Source.StartActivity(name);
        activity?.SetTag("chat.message_id", messageId);
        var outcome = await change();
        activity?.SetTag("chat.outcome", outcome.Code is { } code ? code.ToWire() : "done");
        return outcome;
    }
}
