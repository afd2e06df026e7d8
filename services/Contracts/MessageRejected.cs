namespace ChatPlatform.Contracts;

/// <summary>
/// The answer to <see cref="SendMessage"/> when it is refused. <c>Code</c> is a SPEC.md error code;
/// <c>RetryAfterMs</c> is set for <c>rate_limited</c> (when the sender's next token is there).
/// </summary>
public sealed record MessageRejected(string Code, string Detail, string? ClientMessageId, int? RetryAfterMs = null);
