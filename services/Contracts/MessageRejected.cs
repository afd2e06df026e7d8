namespace ChatPlatform.Contracts;

/// <summary>The answer to <see cref="SendMessage"/> when it is refused. <c>Code</c> is a SPEC.md error code.</summary>
public sealed record MessageRejected(string Code, string Detail, string? ClientMessageId);
