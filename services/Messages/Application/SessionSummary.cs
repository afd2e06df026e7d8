using ChatPlatform.Contracts;

namespace ChatPlatform.Messages.Application;

public sealed record SessionSummary(long UnreadCount, ChatMessage? LastMessage);
