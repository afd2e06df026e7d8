using ChatPlatform.Contracts;

namespace ChatPlatform.Messages.Application.Summaries;

/// <param name="UnreadMentionCount">Unread messages that mention the caller (Sessions applies notification preferences with it).</param>
public sealed record SessionSummary(long UnreadCount, ChatMessage? LastMessage, long UnreadMentionCount = 0);
