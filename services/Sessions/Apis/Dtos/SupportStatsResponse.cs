using ChatPlatform.Sessions.Model;

namespace ChatPlatform.Sessions.Apis.Dtos;

/// <summary>The admin dashboard's support numbers over the last <c>days</c>, with the latest sessions.</summary>
public sealed record SupportStatsResponse(
    int Days,
    IReadOnlyDictionary<string, int> SessionsByStatus,
    int SupportSessions,
    double? AverageFirstResponseSeconds,
    double? AverageResolutionSeconds,
    double? CsatAverage,
    int CsatCount,
    IReadOnlyList<SessionResponse> Recent)
{
    public static SupportStatsResponse From(int days, SupportStatistics stats, IReadOnlyList<SessionResponse> recent) => new(
        days, stats.SessionsByStatus, stats.SupportSessions, stats.AverageFirstResponseSeconds, stats.AverageResolutionSeconds,
        stats.CsatAverage, stats.CsatCount, recent);
}
