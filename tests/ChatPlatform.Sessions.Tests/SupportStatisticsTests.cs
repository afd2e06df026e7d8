using ChatPlatform.Sessions.Model;
using static ChatPlatform.Sessions.Tests.Sessions;

namespace ChatPlatform.Sessions.Tests;

public sealed class SupportStatisticsTests
{
    private readonly Guid _agent = Guid.NewGuid();

    [Fact]
    public void Counts_each_status_and_averages_resolution_and_ratings_over_the_sessions_that_have_them()
    {
        var waiting = Open(SessionKind.Support, Guid.NewGuid());
        var assigned = Open(SessionKind.Support, Guid.NewGuid());
        assigned.Accept(Agent(_agent), Now.AddSeconds(10));
        var ratedFour = Open(SessionKind.Support, Guid.NewGuid());
        ratedFour.Close(User(ratedFour.CreatedBy), new FeedbackInput(4, "ok"), Now.AddMinutes(10));
        var ratedOne = Open(SessionKind.Support, Guid.NewGuid());
        ratedOne.Close(User(ratedOne.CreatedBy), new FeedbackInput(1, null), Now.AddMinutes(20));
        var unrated = Open(SessionKind.Support, Guid.NewGuid());
        unrated.Close(User(unrated.CreatedBy), null, Now.AddMinutes(30));

        var stats = SupportStatistics.From([waiting, assigned, ratedFour, ratedOne, unrated]);

        Assert.Equal(5, stats.SupportSessions);
        Assert.Equal(1, stats.SessionsByStatus["waiting"]);
        Assert.Equal(1, stats.SessionsByStatus["assigned"]);
        Assert.Equal(0, stats.SessionsByStatus["transferred"]);
        Assert.Equal(3, stats.SessionsByStatus["closed"]);
        Assert.False(stats.SessionsByStatus.ContainsKey("open"));
        Assert.Equal(1200, stats.AverageResolutionSeconds);
        Assert.Equal(2.5, stats.CsatAverage);
        Assert.Equal(2, stats.CsatCount);
        Assert.Null(stats.AverageFirstResponseSeconds);
    }

    [Fact]
    public void No_sessions_means_no_averages()
    {
        var stats = SupportStatistics.From([]);

        Assert.Equal(0, stats.SupportSessions);
        Assert.Null(stats.AverageResolutionSeconds);
        Assert.Null(stats.CsatAverage);
        Assert.Equal(0, stats.CsatCount);
    }
}
