using ChatPlatform.Sessions.Model;
using static ChatPlatform.Sessions.Tests.Sessions;

namespace ChatPlatform.Sessions.Tests;

/// <summary>SPEC.md section 5: a user sees only sessions they take part in; admins all; agents the support queue.</summary>
public sealed class SessionAccessTests
{
    private readonly Guid _alice = Guid.NewGuid();
    private readonly Guid _bob = Guid.NewGuid();
    private readonly Guid _stranger = Guid.NewGuid();

    [Fact]
    public void Participants_see_a_session_and_others_do_not()
    {
        var session = Open(SessionKind.Group, _alice, _bob);

        Assert.True(session.IsVisibleTo(User(_alice)));
        Assert.True(session.IsVisibleTo(User(_bob)));
        Assert.False(session.IsVisibleTo(User(_stranger)));
    }

    [Fact]
    public void Admins_see_every_session()
    {
        Assert.True(Open(SessionKind.Direct, _alice, _bob).IsVisibleTo(Admin()));
        Assert.True(Open(SessionKind.Support, _alice).IsVisibleTo(Admin()));
    }

    [Fact]
    public void Agents_see_waiting_support_sessions_but_not_other_peoples_chats()
    {
        Assert.True(Open(SessionKind.Support, _alice).IsVisibleTo(Agent(_stranger)));
        Assert.False(Open(SessionKind.Group, _alice, _bob).IsVisibleTo(Agent(_stranger)));

        var closed = Open(SessionKind.Support, _alice);
        closed.Close(User(_alice), null, Now);
        Assert.False(closed.IsVisibleTo(Agent(_stranger)));
    }

    [Fact]
    public void A_viewing_agent_may_not_change_a_queued_session()
    {
        var session = Open(SessionKind.Support, _alice);

        Assert.False(session.IsParticipantOrAdmin(Agent(_stranger)));
        Assert.Equal(CloseOutcome.Forbidden, session.Close(Agent(_stranger), null, Now));
        Assert.Equal(AddParticipantOutcome.Forbidden, session.AddParticipant(_stranger, Agent(_stranger), Now));
    }

    [Fact]
    public void The_creator_is_owner_in_chats_and_customer_in_support()
    {
        Assert.Equal(ParticipantRole.Owner, Open(SessionKind.Group, _alice, _bob).Participants.Single(p => p.UserId == _alice).Role);
        Assert.Equal(ParticipantRole.Member, Open(SessionKind.Group, _alice, _bob).Participants.Single(p => p.UserId == _bob).Role);
        Assert.Equal(ParticipantRole.Customer, Open(SessionKind.Support, _alice).Participants.Single().Role);
    }
}
