using System.ComponentModel.DataAnnotations;
using ChatPlatform.Sessions.Model;

namespace ChatPlatform.Sessions.Apis.Dtos;

public sealed record FeedbackRequest(
    [Required, Range(FeedbackInput.MinRating, FeedbackInput.MaxRating)] int? Rating,
    [StringLength(FeedbackInput.MaxCommentLength)] string? Comment);
