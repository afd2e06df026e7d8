namespace ChatPlatform.Contracts;

/// <summary>The answer to <see cref="SendMessage"/>: the stored message (the first one for a repeated client_message_id).</summary>
public sealed record MessageAccepted(ChatMessage Message);
