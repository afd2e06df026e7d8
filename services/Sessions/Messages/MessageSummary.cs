using System.Text.Json;

namespace ChatPlatform.Sessions.Messages;

/// <summary>What Messages knows about one session for the caller: unread count and the newest message (as Messages shapes it).</summary>
public sealed record MessageSummary(int UnreadCount, JsonElement? LastMessage)
{
    public static MessageSummary Empty { get; } = new(0, null);
}
