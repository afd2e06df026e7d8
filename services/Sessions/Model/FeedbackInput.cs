namespace ChatPlatform.Sessions.Model;

/// <summary>Validated feedback as a client sent it: a rating of 1..5 and an optional comment.</summary>
public sealed record FeedbackInput(int Rating, string? Comment)
{
    public const int MinRating = 1;
    public const int MaxRating = 5;
    public const int MaxCommentLength = 2000;

    public static bool TryCreate(int? rating, string? comment, out FeedbackInput? feedback, out Dictionary<string, string[]> errors)
    {
        errors = [];
        if (rating is null or < MinRating or > MaxRating)
        {
            errors["feedback.rating"] = [$"The rating must be a whole number from {MinRating} to {MaxRating}."];
        }
        var trimmed = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (trimmed?.Length > MaxCommentLength)
        {
            errors["feedback.comment"] = [$"The comment must be at most {MaxCommentLength} characters."];
        }
        feedback = errors.Count == 0 ? new FeedbackInput(rating!.Value, trimmed) : null;
        return feedback is not null;
    }
}
