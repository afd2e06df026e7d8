using ChatPlatform.Moderation.Model;

namespace ChatPlatform.Moderation.Application.Reports;

public sealed record FiledReport(ReportOutcome Outcome, Report? Report = null);
