using ChatPlatform.Contracts;
using ChatPlatform.Contracts.Internal;
using ChatPlatform.Messages.Application;
using ChatPlatform.Messages.Application.Membership;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Rules;
using ChatPlatform.Messages.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPlatform.Messages.Tests.Functional;

[Collection(PostgresCollection.Name)]
public sealed class ProjectionTests(PostgresServer server) : IAsyncLifetime
{
    private MessagesHost _host = null!;

    public async Task InitializeAsync() => _host = await MessagesHost.StartAsync(server);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<SessionAccess> AccessAsync(Guid sessionId, Guid userId) => _host.InScopeAsync(services =>
        SessionAccessReader.ReadAsync(services.GetRequiredService<MessagesDbContext>(), sessionId, userId));

    private Task ProjectAsync(Func<MembershipProjection, Task> change) =>
        _host.InScopeAsync(services => change(services.GetRequiredService<MembershipProjection>()));

    [Fact]
    public async Task A_removal_is_not_undone_by_an_older_add_that_arrives_late()
    {
        var (sessionId, user) = (Guid.NewGuid(), Guid.NewGuid());
        var t0 = DateTimeOffset.UtcNow;

        await ProjectAsync(p => p.SetMembersAsync(sessionId, [user], active: false, t0.AddSeconds(1), CancellationToken.None));
        await ProjectAsync(p => p.SetMembersAsync(sessionId, [user], active: true, t0, CancellationToken.None));
        await ProjectAsync(p => p.UpsertSessionAsync(sessionId, "group", null, t0, CancellationToken.None));

        Assert.Equal(new SessionAccess(true, false, false), await AccessAsync(sessionId, user));
    }

    [Fact]
    public async Task A_closed_session_stays_closed_when_a_late_created_event_arrives()
    {
        var (sessionId, user) = (Guid.NewGuid(), Guid.NewGuid());
        var t0 = DateTimeOffset.UtcNow;

        await ProjectAsync(p => p.UpsertSessionAsync(sessionId, null, t0.AddSeconds(5), t0.AddSeconds(5), CancellationToken.None));
        await ProjectAsync(p => p.UpsertSessionAsync(sessionId, "direct", null, t0, CancellationToken.None));
        await ProjectAsync(p => p.SetMembersAsync(sessionId, [user], active: true, t0, CancellationToken.None));

        Assert.Equal(new SessionAccess(true, true, true), await AccessAsync(sessionId, user));
    }

    [Fact]
    public async Task Changes_handed_over_by_sessions_then_delivered_again_by_the_bus_leave_the_newest_membership()
    {
        var (sessionId, owner, leaves, joins) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var t0 = DateTimeOffset.UtcNow;
        var created = new ChatSessionCreated(sessionId, "group", "active", "Handed over", owner, [owner, leaves], null, t0);
        var handedOver = new MembershipChanges(
            [created],
            [new ParticipantAdded(sessionId, joins, owner, t0.AddSeconds(1))],
            [new ParticipantRemoved(sessionId, leaves, owner, t0.AddSeconds(2))],
            []);

        await ProjectAsync(p => p.ApplyAsync(handedOver, CancellationToken.None));
        await ProjectAsync(p => p.ApplyAsync(created, CancellationToken.None));

        Assert.True((await AccessAsync(sessionId, owner)).IsMember);
        Assert.True((await AccessAsync(sessionId, joins)).IsMember);
        Assert.False((await AccessAsync(sessionId, leaves)).IsMember);
    }

    [Fact]
    public async Task An_event_handled_twice_leaves_one_system_message()
    {
        var (sessionId, user, joined) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var messageId = Guid.NewGuid();

        for (var delivery = 0; delivery < 2; delivery++)
        {
            await _host.InScopeAsync(services => services.GetRequiredService<InboxTransaction>().RunOnceAsync(messageId, "test-consumer", async ct =>
            {
                await services.GetRequiredService<MembershipProjection>().SetMembersAsync(sessionId, [joined], true, DateTimeOffset.UtcNow, ct);
                await services.GetRequiredService<SystemMessagePoster>().PostAsync(sessionId, SystemEvents.ParticipantJoined, user, joined, DateTimeOffset.UtcNow, ct);
            }, CancellationToken.None));
        }

        var messages = await _host.InScopeAsync(services => services.GetRequiredService<MessagesDbContext>()
            .Messages.Where(m => m.ChatSessionId == sessionId).ToListAsync());
        var system = Assert.Single(messages);
        Assert.Equal(("system", 1L), (system.MessageType, system.Seq));
        Assert.Equal($$"""{"event":"participant_joined","user_id":"{{joined}}"}""", system.Metadata);
    }
}
