namespace ChatPlatform.Moderation.Apis.Dtos;

public sealed record ResolveReportRequest(string? Resolution);
