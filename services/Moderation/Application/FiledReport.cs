using ChatPlatform.Moderation.Model;

namespace ChatPlatform.Moderation.Application;

public sealed record FiledReport(ReportOutcome Outcome, Report? Report = null);
