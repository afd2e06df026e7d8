namespace ChatPlatform.Presence.Application.Frames;

/// <summary><c>{"message_type":"ping"}</c>, answered with <c>{"message_type":"pong"}</c>.</summary>
public sealed record PingFrame(Guid? ChatSessionId) : ClientFrame(ChatSessionId);
