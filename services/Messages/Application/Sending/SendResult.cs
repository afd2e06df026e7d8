using ChatPlatform.Contracts;
using ChatPlatform.Messages.Rules;
using ChatPlatform.ServiceDefaults.Problems;

namespace ChatPlatform.Messages.Application.Sending;

/// <summary>The outcome of a send: the stored message (the first one on a repeated client_message_id) or an error code
/// (REST: <c>Problem.For</c>; a send batch: its wire code, which Presence puts in the error frame).</summary>
public sealed record SendResult(
    ChatMessage? Message, ErrorCode? Code, string Detail, IReadOnlyDictionary<string, string[]>? Errors = null,
    bool Resend = false, RateLimitDecision? RateLimit = null)
{
    /// <summary>What a send over the rate limit is told (REST's problem and the send batch add the exact wait).</summary>
    public const string RateLimitedDetail = "Too many messages; slow down.";

    public static SendResult Stored(ChatMessage message) => new(message, null, "Stored.");

    /// <summary>The client_message_id was stored before: the first message, nothing new stored.</summary>
    public static SendResult Resent(ChatMessage first) => new(first, null, "Stored before.", Resend: true);

    public static SendResult RateLimited(RateLimitDecision decision) =>
        new(null, ErrorCode.RateLimited, RateLimitedDetail, RateLimit: decision);

    public static SendResult Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(null, ErrorCode.ValidationFailed, string.Join(" ", errors.SelectMany(e => e.Value)), errors);

    public static SendResult NotFound() => new(null, ErrorCode.NotFound, "The chat session does not exist.");

    public static SendResult Closed() => new(null, ErrorCode.SessionClosed, "The chat session is closed.");

    public static SendResult Blocked() => new(null, ErrorCode.Blocked, "The other participant has blocked you.");

    /// <summary>A repeated client_message_id whose first message could not be read back: the client retries.</summary>
    public static SendResult Unavailable() =>
        new(null, ErrorCode.ServiceUnavailable, "The message could not be stored right now; retry shortly.");
}
