namespace ChatPlatform.Presence.Application.Frames;

/// <summary>A parsed client frame. <see cref="ChatSessionId"/> is required on the all-sessions socket.</summary>
public abstract record ClientFrame(Guid? ChatSessionId);
