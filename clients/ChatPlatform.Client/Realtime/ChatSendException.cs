namespace ChatPlatform.Client.Realtime;

/// <summary>
/// A send the server refused with an <c>error</c> frame carrying its <c>client_message_id</c> (<see cref="Code"/> is
/// the stable code of SPEC.md: <c>validation_failed</c>, <c>session_closed</c>, <c>blocked</c>, <c>rate_limited</c>,
/// ...), or one that could not be delivered before the connection was disposed or gave up.
/// </summary>
public sealed class ChatSendException(string code, string? detail, string clientMessageId, TimeSpan? retryAfter = null)
    : Exception($"The send {clientMessageId} was refused: {code}{(detail is null ? "" : $" ({detail})")}")
{
    public string Code { get; } = code;
    public string? Detail { get; } = detail;
    public string ClientMessageId { get; } = clientMessageId;

    /// <summary>For <c>rate_limited</c>: how long to wait before sending again (<c>retry_after_ms</c>).</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
