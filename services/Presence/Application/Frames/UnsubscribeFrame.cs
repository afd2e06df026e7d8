namespace ChatPlatform.Presence.Application.Frames;

/// <summary><c>{"message_type":"unsubscribe","chat_session_id"}</c> on the all-sessions socket.</summary>
public sealed record UnsubscribeFrame(Guid? ChatSessionId) : ClientFrame(ChatSessionId);
