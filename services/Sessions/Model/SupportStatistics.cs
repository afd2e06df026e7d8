namespace ChatPlatform.Sessions.Model;

/// <summary>
/// The admin dashboard's support numbers: sessions per status, average first response and resolution times, and
/// the CSAT average, over the support sessions given (the dashboard passes those opened in its window).
/// </summary>
public sealed record SupportStatistics(
    IReadOnlyDictionary<string, int> SessionsByStatus,
    int SupportSessions,
    double? AverageFirstResponseSeconds,
    double? AverageResolutionSeconds,
    double? CsatAverage,
    int CsatCount)
{
    public static SupportStatistics From(IReadOnlyCollection<ChatSession> sessions)
    {
        var byStatus = Enum.GetValues<SessionStatus>().Where(s => s != SessionStatus.Open)
            .ToDictionary(s => s.ToString().ToLowerInvariant(), s => sessions.Count(x => x.Status == s));
        var ratings = sessions.Where(s => s.Feedback is not null).Select(s => (double)s.Feedback!.Rating).ToList();
        return new SupportStatistics(
            byStatus,
            sessions.Count,
            Average(sessions.Select(s => s.FirstResponseSeconds)),
            Average(sessions.Select(s => s.ResolutionSeconds)),
            ratings.Count == 0 ? null : Math.Round(ratings.Average(), 2),
            ratings.Count);
    }

    private static double? Average(IEnumerable<double?> values)
    {
        var known = values.OfType<double>().ToList();
        return known.Count == 0 ? null : Math.Round(known.Average(), 1);
    }
}
