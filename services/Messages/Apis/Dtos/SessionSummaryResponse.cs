using ChatPlatform.Contracts;

namespace ChatPlatform.Messages.Apis.Dtos;

public sealed record SessionSummaryResponse(long UnreadCount, MessageResponse? LastMessage, long UnreadMentionCount);
