namespace ChatPlatform.Presence.Application.Frames;

/// <summary><c>{"message_type":"read","up_to_seq":N}</c></summary>
public sealed record ReadFrame(Guid? ChatSessionId, long UpToSeq) : ClientFrame(ChatSessionId);
