namespace ChatPlatform.Moderation.Apis.Dtos;

public sealed record ReportRequest(Guid? MessageId, string? Reason);
