using ChatPlatform.Sessions.Model;

namespace ChatPlatform.Sessions.Tests;

public sealed class NotificationPreferencesTests
{
    private readonly Guid _session = Guid.NewGuid();

    [Fact]
    public void Defaults_show_the_raw_counts()
    {
        Assert.Equal(new NotificationCounts(7, 2), NotificationPreferences.Default(Guid.NewGuid()).Apply(_session, 7, 2));
    }

    [Fact]
    public void A_muted_session_counts_no_unread_but_keeps_mentions()
    {
        var preferences = new NotificationPreferences { MutedSessionIds = [_session] };

        Assert.Equal(new NotificationCounts(0, 2), preferences.Apply(_session, 7, 2));
        Assert.Equal(new NotificationCounts(7, 2), preferences.Apply(Guid.NewGuid(), 7, 2));
    }

    [Fact]
    public void Mentions_in_muted_sessions_can_be_silenced_too()
    {
        var preferences = new NotificationPreferences { MutedSessionIds = [_session], NotifyMentionsInMuted = false };

        Assert.Equal(new NotificationCounts(0, 0), preferences.Apply(_session, 7, 2));
    }

    [Fact]
    public void Mentions_only_counts_mentions_as_unread()
    {
        var preferences = new NotificationPreferences { MentionsOnly = true };

        Assert.Equal(new NotificationCounts(2, 2), preferences.Apply(_session, 7, 2));
    }

    [Fact]
    public void Muting_wins_over_mentions_only()
    {
        var preferences = new NotificationPreferences { MentionsOnly = true, MutedSessionIds = [_session] };

        Assert.Equal(new NotificationCounts(0, 2), preferences.Apply(_session, 7, 2));
    }
}
