using ChatPlatform.Sessions.Model;
using static ChatPlatform.Sessions.Tests.Sessions;

namespace ChatPlatform.Sessions.Tests;

public sealed class AgentRoutingTests
{
    private static readonly Guid Busy = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Idle = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid Full = Guid.Parse("00000000-0000-0000-0000-000000000003");

    [Fact]
    public void The_online_agent_with_the_fewest_open_sessions_under_capacity_is_chosen()
    {
        var open = new Dictionary<Guid, int> { [Busy] = 3, [Idle] = 1, [Full] = 5 };

        Assert.Equal(Idle, AgentRouting.Choose([Busy, Idle, Full], open, capacity: 5));
        Assert.Equal(Busy, AgentRouting.Choose([Busy, Full], open, capacity: 5));
    }

    [Fact]
    public void Agents_at_capacity_and_an_empty_roster_give_nobody()
    {
        var open = new Dictionary<Guid, int> { [Full] = 5 };

        Assert.Null(AgentRouting.Choose([Full], open, capacity: 5));
        Assert.Null(AgentRouting.Choose([], open, capacity: 5));
    }

    [Fact]
    public void Agents_without_open_sessions_count_zero_and_ties_go_to_the_smallest_id()
    {
        Assert.Equal(Busy, AgentRouting.Choose([Idle, Busy], new Dictionary<Guid, int>(), capacity: 1));
    }

    [Fact]
    public void Routing_assigns_a_waiting_session_once_like_an_accept()
    {
        var customer = Guid.NewGuid();
        var session = Open(SessionKind.Support, customer);

        Assert.True(session.Route(Idle, Now));
        Assert.Equal(SessionStatus.Assigned, session.Status);
        Assert.Equal(Idle, session.AssignedAgentId);
        Assert.Equal([customer, Idle], session.ParticipantIds);
        Assert.False(session.Route(Busy, Now));
        Assert.Equal(AcceptOutcome.AlreadyAssigned, session.Accept(Agent(Busy), Now));
        Assert.False(Open(SessionKind.Group, customer).Route(Idle, Now));
    }
}
