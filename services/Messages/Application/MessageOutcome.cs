using ChatPlatform.Contracts;
using ChatPlatform.ServiceDefaults.Problems;

namespace ChatPlatform.Messages.Application;

/// <summary>The outcome of an edit, delete or reaction: the message after it, or a SPEC error code.</summary>
/// <param name="Changed">False when the call changed nothing (a repeated delete or reaction).</param>
public sealed record MessageOutcome(ChatMessage? Message, string? Code, string Detail, IReadOnlyDictionary<string, string[]>? Errors = null, bool Changed = false)
{
    public static MessageOutcome Done(ChatMessage message, bool changed = true) => new(message, null, "Done.", Changed: changed);

    public static MessageOutcome NotFound() => new(null, ErrorCodes.NotFound, "The message does not exist.");

    public static MessageOutcome Forbidden(string detail) => new(null, ErrorCodes.Forbidden, detail);

    public static MessageOutcome Conflict(string detail) => new(null, ErrorCodes.Conflict, detail);

    public static MessageOutcome Closed() => new(null, ErrorCodes.SessionClosed, "The chat session is closed.");

    public static MessageOutcome Blocked() => new(null, ErrorCodes.Blocked, "The other participant has blocked you.");

    public static MessageOutcome Unavailable() =>
        new(null, ErrorCodes.ServiceUnavailable, "Session membership cannot be checked right now; retry shortly.");

    public static MessageOutcome Invalid(string field, string message) =>
        new(null, ErrorCodes.ValidationFailed, message, new Dictionary<string, string[]> { [field] = [message] });
}
