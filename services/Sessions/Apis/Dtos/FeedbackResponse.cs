using ChatPlatform.Sessions.Model;

namespace ChatPlatform.Sessions.Apis.Dtos;

public sealed record FeedbackResponse(int Rating, string? Comment, Guid SubmittedBy, DateTimeOffset SubmittedAt)
{
    public static FeedbackResponse? From(SessionFeedback? feedback) =>
        feedback is null ? null : new(feedback.Rating, feedback.Comment, feedback.SubmittedBy, feedback.SubmittedAt);
}
