using ChatPlatform.Contracts;
using ChatPlatform.ServiceDefaults.Problems;

namespace ChatPlatform.Messages.Application;

/// <summary>The outcome of an edit, delete or reaction: the message after it, or a SPEC error code.</summary>
/// <param name="Changed">False when the call changed nothing (a repeated delete or reaction).</param>
public sealed record MessageOutcome(ChatMessage? Message, ErrorCode? Code, string Detail, IReadOnlyDictionary<string, string[]>? Errors = null, bool Changed = false)
{
    public static MessageOutcome Done(ChatMessage message, bool changed = true) => new(message, null, "Done.", Changed: changed);

    public static MessageOutcome NotFound() => new(null, ErrorCode.NotFound, "The message does not exist.");

    public static MessageOutcome Forbidden(string detail) => new(null, ErrorCode.Forbidden, detail);

    public static MessageOutcome Conflict(string detail) => new(null, ErrorCode.Conflict, detail);

    public static MessageOutcome Closed() => new(null, ErrorCode.SessionClosed, "The chat session is closed.");

    public static MessageOutcome Blocked() => new(null, ErrorCode.Blocked, "The other participant has blocked you.");

    public static MessageOutcome Invalid(string field, string message) =>
        new(null, ErrorCode.ValidationFailed, message, new Dictionary<string, string[]> { [field] = [message] });
}
