using ChatPlatform.Contracts;
using ChatPlatform.Messages.Rules;
using ChatPlatform.ServiceDefaults.Problems;

namespace ChatPlatform.Messages.Application.Sending;

/// <summary>The outcome of a send: the stored message (the first one on a repeated client_message_id) or an error code.</summary>
public sealed record SendResult(
    ChatMessage? Message, string? Code, string Detail, IReadOnlyDictionary<string, string[]>? Errors = null,
    bool Resend = false, RateLimitDecision? RateLimit = null)
{
    /// <summary>What a send over the rate limit is told (REST's problem and the send batch add the exact wait).</summary>
    public const string RateLimitedDetail = "Too many messages; slow down.";

    public static SendResult Stored(ChatMessage message) => new(message, null, "Stored.");

    /// <summary>The client_message_id was stored before: the first message, nothing new stored.</summary>
    public static SendResult Resent(ChatMessage first) => new(first, null, "Stored before.", Resend: true);

    public static SendResult RateLimited(RateLimitDecision decision) =>
        new(null, ErrorCodes.RateLimited, RateLimitedDetail, RateLimit: decision);

    public static SendResult Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(null, ErrorCodes.ValidationFailed, string.Join(" ", errors.SelectMany(e => e.Value)), errors);

    public static SendResult NotFound() => new(null, ErrorCodes.NotFound, "The chat session does not exist.");

    public static SendResult Closed() => new(null, ErrorCodes.SessionClosed, "The chat session is closed.");

    public static SendResult Blocked() => new(null, ErrorCodes.Blocked, "The other participant has blocked you.");

    public static SendResult Unavailable() =>
        new(null, ErrorCodes.ServiceUnavailable, "Session membership cannot be checked right now; retry shortly.");
}
