using ChatPlatform.Sessions.Model;
using static ChatPlatform.Sessions.Tests.Sessions;

namespace ChatPlatform.Sessions.Tests;

public sealed class CloseRulesTests
{
    private readonly Guid _alice = Guid.NewGuid();
    private readonly Guid _bob = Guid.NewGuid();

    [Fact]
    public void Closing_records_who_when_and_the_feedback()
    {
        var session = Open(SessionKind.Support, _alice);
        var at = Now.AddMinutes(5);

        Assert.Equal(CloseOutcome.Closed, session.Close(User(_alice), new FeedbackInput(4, "Helpful"), at));

        Assert.Equal(SessionStatus.Closed, session.Status);
        Assert.Equal(at, session.ClosedAt);
        Assert.Equal(_alice, session.ClosedBy);
        Assert.Equal(new SessionFeedback(4, "Helpful", _alice, at), session.Feedback);
    }

    [Fact]
    public void Closing_twice_is_idempotent()
    {
        var session = Open(SessionKind.Group, _alice, _bob);
        session.Close(User(_alice), new FeedbackInput(5, null), Now);

        Assert.Equal(CloseOutcome.AlreadyClosed, session.Close(User(_bob), null, Now.AddMinutes(1)));
        Assert.Equal(CloseOutcome.AlreadyClosed, session.Close(User(_alice), new FeedbackInput(5, null), Now.AddMinutes(1)));
        Assert.Equal(Now, session.ClosedAt);
        Assert.Equal(_alice, session.ClosedBy);
    }

    [Fact]
    public void Different_feedback_on_a_closed_session_is_a_conflict()
    {
        var session = Open(SessionKind.Support, _alice);
        session.Close(User(_alice), new FeedbackInput(2, "Slow"), Now);

        Assert.Equal(CloseOutcome.FeedbackConflict, session.Close(User(_alice), new FeedbackInput(5, "Slow"), Now));
        Assert.Equal(2, session.Feedback!.Rating);
    }

    [Fact]
    public void Feedback_can_follow_a_close_without_feedback()
    {
        var session = Open(SessionKind.Support, _alice);
        session.Close(User(_alice), null, Now);

        Assert.Equal(CloseOutcome.FeedbackAdded, session.Close(User(_alice), new FeedbackInput(3, null), Now.AddMinutes(1)));
        Assert.Equal(3, session.Feedback!.Rating);
        Assert.Equal(Now, session.ClosedAt);
    }

    [Fact]
    public void Any_participant_closes_a_conversation()
    {
        Assert.Equal(CloseOutcome.Closed, Open(SessionKind.Group, _alice, _bob).Close(User(_bob), null, Now));
        Assert.Equal(CloseOutcome.Closed, Open(SessionKind.Direct, _alice, _bob).Close(User(_bob), null, Now));
    }

    [Fact]
    public void Non_participants_cannot_close_but_admins_can()
    {
        var session = Open(SessionKind.Group, _alice, _bob);

        Assert.Equal(CloseOutcome.Forbidden, session.Close(User(Guid.NewGuid()), null, Now));
        Assert.Equal(SessionStatus.Open, session.Status);
        Assert.Equal(CloseOutcome.Closed, session.Close(Admin(), null, Now));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    [InlineData(null)]
    public void Rating_outside_one_to_five_is_rejected(int? rating)
    {
        Assert.False(FeedbackInput.TryCreate(rating, "x", out var feedback, out var errors));
        Assert.Null(feedback);
        Assert.Contains("feedback.rating", errors.Keys);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Ratings_one_to_five_are_accepted(int rating)
    {
        Assert.True(FeedbackInput.TryCreate(rating, "  fine  ", out var feedback, out _));
        Assert.Equal(new FeedbackInput(rating, "fine"), feedback);
    }

    [Fact]
    public void Comment_is_limited()
    {
        Assert.False(FeedbackInput.TryCreate(3, new string('x', FeedbackInput.MaxCommentLength + 1), out _, out var errors));
        Assert.Contains("feedback.comment", errors.Keys);
        Assert.True(FeedbackInput.TryCreate(3, "   ", out var blank, out _));
        Assert.Null(blank!.Comment);
    }
}
