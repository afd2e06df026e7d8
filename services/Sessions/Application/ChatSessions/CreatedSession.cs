using ChatPlatform.Sessions.Model;

namespace ChatPlatform.Sessions.Application.ChatSessions;

/// <summary>The session a create request answers with; <see cref="IsNew"/> is false for a replay or a reused direct session.</summary>
public sealed record CreatedSession(ChatSession Session, bool IsNew);
