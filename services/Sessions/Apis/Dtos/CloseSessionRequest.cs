namespace ChatPlatform.Sessions.Apis.Dtos;

public sealed record CloseSessionRequest(FeedbackRequest? Feedback);
