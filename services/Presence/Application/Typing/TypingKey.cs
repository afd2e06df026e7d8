namespace ChatPlatform.Presence.Application.Typing;

/// <summary>Who is typing where.</summary>
public readonly record struct TypingKey(Guid SessionId, Guid UserId);
