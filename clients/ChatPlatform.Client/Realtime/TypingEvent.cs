namespace ChatPlatform.Client.Realtime;

/// <summary>A <c>typing</c> frame: who is typing in which session (expires 6 s after the last renewal).</summary>
public sealed record TypingEvent(Guid ChatSessionId, Guid UserId, bool IsTyping);
