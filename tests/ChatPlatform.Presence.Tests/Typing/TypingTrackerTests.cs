using ChatPlatform.Presence.Application.Typing;

namespace ChatPlatform.Presence.Tests.Typing;

public sealed class TypingTrackerTests
{
    private static readonly DateTimeOffset T0 = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TypingTracker tracker = new(TimeSpan.FromSeconds(6));
    private readonly Guid session = Guid.NewGuid();
    private readonly Guid user = Guid.NewGuid();
    private readonly Guid connection = Guid.NewGuid();

    [Fact]
    public void Starting_is_announced_and_a_quick_renewal_is_not()
    {
        Assert.True(tracker.Start(session, user, connection, T0));
        Assert.False(tracker.Start(session, user, connection, T0.AddSeconds(1)));
        Assert.True(tracker.Start(session, user, connection, T0.AddSeconds(3)));
    }

    [Fact]
    public void Typing_lapses_six_seconds_after_the_last_renewal()
    {
        tracker.Start(session, user, connection, T0);
        tracker.Start(session, user, connection, T0.AddSeconds(4));

        Assert.Empty(tracker.Expire(T0.AddSeconds(9)));
        Assert.Equal([new TypingKey(session, user)], tracker.Expire(T0.AddSeconds(10)));
        Assert.Empty(tracker.Expire(T0.AddSeconds(20)));
    }

    [Fact]
    public void Stopping_ends_it_once()
    {
        tracker.Start(session, user, connection, T0);

        Assert.True(tracker.Stop(session, user));
        Assert.False(tracker.Stop(session, user));
        Assert.Empty(tracker.Expire(T0.AddMinutes(1)));
    }

    [Fact]
    public void A_closed_socket_ends_what_it_started_only()
    {
        var otherSession = Guid.NewGuid();
        var otherConnection = Guid.NewGuid();
        tracker.Start(session, user, connection, T0);
        tracker.Start(otherSession, user, otherConnection, T0);

        Assert.Equal([new TypingKey(session, user)], tracker.StopConnection(connection));
        Assert.Equal([new TypingKey(otherSession, user)], tracker.Expire(T0.AddSeconds(6)));
    }

    [Fact]
    public void After_lapsing_typing_again_is_announced_again()
    {
        tracker.Start(session, user, connection, T0);
        tracker.Expire(T0.AddSeconds(6));

        Assert.True(tracker.Start(session, user, connection, T0.AddSeconds(7)));
    }
}
