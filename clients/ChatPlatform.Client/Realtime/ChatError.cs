namespace ChatPlatform.Client.Realtime;

/// <summary>An <c>error</c> frame: a stable <see cref="Code"/>, the send it answers (if any) and, for rate_limited, when to retry.</summary>
public sealed record ChatError(string Code, string? Detail, string? ClientMessageId, Guid? ChatSessionId, long? RetryAfterMs);
