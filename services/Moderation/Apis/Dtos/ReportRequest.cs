using System.ComponentModel.DataAnnotations;
using ChatPlatform.Moderation.Rules;

namespace ChatPlatform.Moderation.Apis.Dtos;

public sealed record ReportRequest([Required] Guid? MessageId, [Required, StringLength(ReportRules.MaxReasonLength, MinimumLength = 1)] string? Reason);
