namespace ChatPlatform.Presence.Application.Frames;

/// <summary><c>{"message_type":"typing","is_typing":true}</c></summary>
public sealed record TypingFrame(Guid? ChatSessionId, bool IsTyping) : ClientFrame(ChatSessionId);
