using ChatPlatform.Moderation.Application.Reports;
using ChatPlatform.Moderation.Infrastructure;

namespace ChatPlatform.Moderation.Apis;

/// <summary>What the report handlers need, bound with <c>[AsParameters]</c>.</summary>
public sealed record ReportsServices(ModerationDbContext Db, ReportDesk Desk);
