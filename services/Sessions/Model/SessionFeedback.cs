namespace ChatPlatform.Sessions.Model;

/// <summary>CSAT feedback given when a session is closed.</summary>
public sealed record SessionFeedback(int Rating, string? Comment, Guid SubmittedBy, DateTimeOffset SubmittedAt)
{
    public bool SameAs(FeedbackInput input) => Rating == input.Rating && Comment == input.Comment;
}
