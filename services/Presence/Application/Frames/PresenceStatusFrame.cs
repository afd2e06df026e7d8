namespace ChatPlatform.Presence.Application.Frames;

/// <summary><c>{"message_type":"presence","status":"online"|"away"}</c>: the user sets their own status.</summary>
public sealed record PresenceStatusFrame(Guid? ChatSessionId, string Status) : ClientFrame(ChatSessionId);
