using System.ComponentModel.DataAnnotations;
using ChatPlatform.Moderation.Rules;

namespace ChatPlatform.Moderation.Apis.Dtos;

public sealed record ResolveReportRequest([StringLength(ReportRules.MaxReasonLength)] string? Resolution);
