namespace ChatPlatform.Presence.Application.Frames;

/// <summary><c>{"message_type":"subscribe","chat_session_id","since_seq"?}</c> on the all-sessions socket.</summary>
public sealed record SubscribeFrame(Guid? ChatSessionId, long? SinceSeq) : ClientFrame(ChatSessionId);
