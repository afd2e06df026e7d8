using ChatPlatform.Sessions.Model;
using static ChatPlatform.Sessions.Tests.Sessions;

namespace ChatPlatform.Sessions.Tests;

public sealed class ParticipantRulesTests
{
    private readonly Guid _alice = Guid.NewGuid();
    private readonly Guid _bob = Guid.NewGuid();
    private readonly Guid _carol = Guid.NewGuid();

    [Fact]
    public void A_participant_adds_someone_once()
    {
        var session = Open(SessionKind.Group, _alice, _bob);

        Assert.Equal(AddParticipantOutcome.Added, session.AddParticipant(_carol, User(_bob), Now.AddSeconds(1)));
        Assert.Equal(AddParticipantOutcome.AlreadyParticipant, session.AddParticipant(_carol, User(_alice), Now));
        Assert.Equal([_alice, _bob, _carol], session.ParticipantIds);
        Assert.Equal(_bob, session.Participants.Single(p => p.UserId == _carol).AddedBy);
    }

    [Fact]
    public void Nobody_is_added_to_a_closed_session()
    {
        var session = Open(SessionKind.Group, _alice, _bob);
        session.Close(User(_alice), null, Now);

        Assert.Equal(AddParticipantOutcome.SessionClosed, session.AddParticipant(_carol, User(_alice), Now));
        Assert.Equal(AddParticipantOutcome.SessionClosed, session.AddParticipant(_bob, User(_alice), Now));
        Assert.Equal(AddParticipantOutcome.SessionClosed, session.SelfJoin(_carol, Now));
    }

    [Fact]
    public void A_direct_session_stays_between_two_people()
    {
        var session = Open(SessionKind.Direct, _alice, _bob);
        Assert.Equal(AddParticipantOutcome.DirectSessionFull, session.AddParticipant(_carol, User(_alice), Now));
    }

    [Fact]
    public void Direct_pair_key_is_the_same_whoever_opens_it_and_cleared_when_someone_leaves()
    {
        var session = Open(SessionKind.Direct, _alice, _bob);
        Assert.Equal(ChatSession.PairKey(_bob, _alice), session.DirectPairKey);

        session.RemoveParticipant(_bob, User(_bob));
        Assert.Null(session.DirectPairKey);
    }

    [Fact]
    public void Anyone_may_leave_but_only_the_creator_or_an_admin_removes_others()
    {
        var session = Open(SessionKind.Group, _alice, _bob, _carol);

        Assert.Equal(RemoveParticipantOutcome.Forbidden, session.RemoveParticipant(_carol, User(_bob)));
        Assert.Equal(RemoveParticipantOutcome.Removed, session.RemoveParticipant(_bob, User(_bob)));
        Assert.Equal(RemoveParticipantOutcome.Removed, session.RemoveParticipant(_carol, User(_alice)));
        Assert.Equal([_alice], session.ParticipantIds);

        var other = Open(SessionKind.Group, _alice, _bob);
        Assert.Equal(RemoveParticipantOutcome.Removed, other.RemoveParticipant(_alice, Admin()));
    }

    [Fact]
    public void Removing_someone_who_is_not_there_is_not_found()
    {
        var session = Open(SessionKind.Group, _alice, _bob);
        Assert.Equal(RemoveParticipantOutcome.NotParticipant, session.RemoveParticipant(_carol, User(_alice)));
    }

    [Fact]
    public void Nobody_leaves_a_closed_session()
    {
        var session = Open(SessionKind.Group, _alice, _bob);
        session.Close(User(_alice), null, Now);
        Assert.Equal(RemoveParticipantOutcome.SessionClosed, session.RemoveParticipant(_bob, User(_bob)));
    }

    [Fact]
    public void Participants_are_listed_creator_first_then_in_joining_order_and_page_after_any_of_them()
    {
        var session = Open(SessionKind.Group, _alice, _carol, _bob);
        var dave = Guid.NewGuid();
        session.AddParticipant(dave, User(_alice), Now.AddSeconds(1));

        var ordered = session.OrderedParticipants.ToList();
        Assert.Equal(_alice, ordered[0].UserId);
        Assert.Equal(dave, ordered[^1].UserId);
        for (var i = 0; i < ordered.Count; i++)
        {
            Assert.Equal(ordered.Skip(i + 1), session.ParticipantsAfter(ordered[i].JoinedAt, ordered[i].UserId));
        }
    }
}
