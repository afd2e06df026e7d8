using System.Text.Json;

namespace ChatPlatform.Sessions.Infrastructure.Peers;

/// <summary>
/// What Messages knows about one session for the caller: unread count, unread messages that mention the caller
/// (0 when Messages does not send the field) and the newest message (as Messages shapes it).
/// </summary>
public sealed record MessageSummary(int UnreadCount, JsonElement? LastMessage, int UnreadMentionCount = 0)
{
    public static MessageSummary Empty { get; } = new(0, null);
}
