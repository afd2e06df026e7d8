namespace ChatPlatform.Sessions.Apis.Dtos;

public sealed record FeedbackRequest(int? Rating, string? Comment);
