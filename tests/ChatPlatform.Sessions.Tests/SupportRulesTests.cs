using ChatPlatform.Sessions.Model;
using static ChatPlatform.Sessions.Tests.Sessions;

namespace ChatPlatform.Sessions.Tests;

public sealed class SupportRulesTests
{
    private readonly Guid _customer = Guid.NewGuid();
    private readonly Guid _agentA = Guid.NewGuid();
    private readonly Guid _agentB = Guid.NewGuid();

    [Fact]
    public void A_support_session_waits_unassigned_and_agents_see_it()
    {
        var session = Open(SessionKind.Support, _customer);

        Assert.Equal(SessionStatus.Waiting, session.Status);
        Assert.Null(session.AssignedAgentId);
        Assert.True(session.IsVisibleTo(Agent(_agentA)));
        Assert.False(session.IsVisibleTo(User(Guid.NewGuid())));
    }

    [Fact]
    public void The_first_accept_assigns_and_adds_the_agent_every_later_one_is_already_assigned()
    {
        var session = Open(SessionKind.Support, _customer);

        Assert.Equal(AcceptOutcome.Accepted, session.Accept(Agent(_agentA), Now.AddSeconds(30)));
        Assert.Equal(AcceptOutcome.AlreadyAssigned, session.Accept(Agent(_agentB), Now.AddSeconds(31)));
        Assert.Equal(AcceptOutcome.AlreadyAssigned, session.Accept(Agent(_agentA), Now.AddSeconds(32)));

        Assert.Equal(SessionStatus.Assigned, session.Status);
        Assert.Equal(_agentA, session.AssignedAgentId);
        Assert.Equal([_customer, _agentA], session.ParticipantIds);
        Assert.Equal(ParticipantRole.Agent, session.Participants.Single(p => p.UserId == _agentA).Role);
        Assert.False(session.IsVisibleTo(Agent(_agentB)));
    }

    [Fact]
    public void Accept_needs_an_agent_a_support_session_and_an_open_one()
    {
        Assert.Equal(AcceptOutcome.Forbidden, Open(SessionKind.Support, _customer).Accept(User(Guid.NewGuid()), Now));
        Assert.Equal(AcceptOutcome.NotSupport, Open(SessionKind.Group, _customer).Accept(Agent(_agentA), Now));
        var closed = Open(SessionKind.Support, _customer);
        closed.Close(User(_customer), null, Now);
        Assert.Equal(AcceptOutcome.SessionClosed, closed.Accept(Agent(_agentA), Now));
    }

    [Fact]
    public void Transfer_swaps_the_agents_and_the_previous_one_loses_access()
    {
        var session = Open(SessionKind.Support, _customer);
        session.Accept(Agent(_agentA), Now);

        Assert.Equal(TransferOutcome.Transferred, session.Transfer(Agent(_agentA), _agentB, targetIsAgent: true, Now.AddMinutes(1)));

        Assert.Equal(SessionStatus.Transferred, session.Status);
        Assert.Equal(_agentB, session.AssignedAgentId);
        Assert.Equal([_customer, _agentB], session.ParticipantIds);
        Assert.False(session.IsVisibleTo(Agent(_agentA)));
        Assert.True(session.IsVisibleTo(Agent(_agentB)));
    }

    [Fact]
    public void Only_the_assigned_agent_or_an_admin_transfers()
    {
        var session = Open(SessionKind.Support, _customer);
        session.Accept(Agent(_agentA), Now);

        Assert.Equal(TransferOutcome.Forbidden, session.Transfer(User(_customer), _agentB, true, Now));
        Assert.Equal(TransferOutcome.Forbidden, session.Transfer(Agent(_agentB), _agentB, true, Now));
        Assert.Equal(TransferOutcome.Transferred, session.Transfer(Admin(), _agentB, true, Now));
    }

    [Fact]
    public void Transfer_targets_must_be_other_agents_and_the_session_assigned_and_open()
    {
        var waiting = Open(SessionKind.Support, _customer);
        Assert.Equal(TransferOutcome.NotAssigned, waiting.Transfer(Admin(), _agentB, true, Now));

        var session = Open(SessionKind.Support, _customer);
        session.Accept(Agent(_agentA), Now);
        Assert.Equal(TransferOutcome.TargetNotAgent, session.Transfer(Agent(_agentA), _agentB, targetIsAgent: false, Now));
        Assert.Equal(TransferOutcome.SameAgent, session.Transfer(Agent(_agentA), _agentA, true, Now));
        Assert.Equal(TransferOutcome.TargetIsCustomer, session.Transfer(Agent(_agentA), _customer, true, Now));
        Assert.Equal(_agentA, session.AssignedAgentId);
        Assert.Equal(SessionStatus.Assigned, session.Status);

        session.Close(User(_customer), null, Now);
        Assert.Equal(TransferOutcome.SessionClosed, session.Transfer(Agent(_agentA), _agentB, true, Now));
    }

    [Fact]
    public void Resolution_time_is_closing_minus_opening_for_support_sessions_only()
    {
        var session = Open(SessionKind.Support, _customer);
        Assert.Null(session.ResolutionSeconds);
        session.Accept(Agent(_agentA), Now.AddSeconds(10));
        session.Close(User(_customer), new FeedbackInput(5, null), Now.AddSeconds(95.5));
        Assert.Equal(95.5, session.ResolutionSeconds);

        var group = Open(SessionKind.Group, _customer);
        group.Close(User(_customer), null, Now.AddSeconds(5));
        Assert.Null(group.ResolutionSeconds);
    }

    [Fact]
    public void Only_the_assigned_agent_of_the_agents_closes_an_assigned_session()
    {
        var assigned = Open(SessionKind.Support, _customer);
        assigned.Accept(Agent(_agentA), Now);
        Assert.Equal(CloseOutcome.Forbidden, assigned.Close(Agent(_agentB), null, Now));
        Assert.Equal(CloseOutcome.Closed, assigned.Close(Agent(_agentA), null, Now));
    }
}
