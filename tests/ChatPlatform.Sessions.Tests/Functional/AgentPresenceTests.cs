using ChatPlatform.Sessions.Infrastructure;
using ChatPlatform.Tests.Shared;

namespace ChatPlatform.Sessions.Tests.Functional;

/// <summary>
/// Automatic routing's view of who is online, from Presence replicas' AgentsOnline reports, against real PostgreSQL:
/// only fresh reports count, only projected agents count, and a late older report never replaces a newer one.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class AgentPresenceTests(PostgresServer server) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private readonly SessionsDatabase _database = new(server);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Agents_of_fresh_reports_on_any_replica_are_online_and_a_crashed_replicas_are_not()
    {
        var (onA, onB, onCrashed) = (await AgentAsync(), await AgentAsync(), await AgentAsync());
        await using var db = _database.CreateContext();
        await db.UpsertAgentPresenceAsync("presence-a", [onA], Now, CancellationToken.None);
        await db.UpsertAgentPresenceAsync("presence-b", [onB], Now.AddSeconds(-5), CancellationToken.None);
        await db.UpsertAgentPresenceAsync("presence-crashed", [onCrashed], Now.AddMinutes(-2), CancellationToken.None);

        var online = await db.OnlineAgentsAsync(Now.AddSeconds(-30), Guid.Empty, CancellationToken.None);

        Assert.Equal(new HashSet<Guid> { onA, onB }, online);
    }

    [Fact]
    public async Task A_customer_reported_by_mistake_and_the_sessions_creator_are_not_routed_to()
    {
        var (agent, creatorAgent) = (await AgentAsync(), await AgentAsync());
        var customer = await UserAsync("customer");
        await using var db = _database.CreateContext();
        await db.UpsertAgentPresenceAsync("presence-a", [agent, creatorAgent, customer], Now, CancellationToken.None);

        var online = await db.OnlineAgentsAsync(Now.AddSeconds(-30), creatorAgent, CancellationToken.None);

        Assert.Equal(new HashSet<Guid> { agent }, online);
    }

    [Fact]
    public async Task A_late_older_report_does_not_replace_the_newer_one()
    {
        var (stillOnline, wentAway) = (await AgentAsync(), await AgentAsync());
        await using var db = _database.CreateContext();
        await db.UpsertAgentPresenceAsync("presence-a", [stillOnline], Now, CancellationToken.None);
        await db.UpsertAgentPresenceAsync("presence-a", [stillOnline, wentAway], Now.AddSeconds(-10), CancellationToken.None);

        var online = await db.OnlineAgentsAsync(Now.AddSeconds(-30), Guid.Empty, CancellationToken.None);

        Assert.Equal(new HashSet<Guid> { stillOnline }, online);
    }

    private Task<Guid> AgentAsync() => UserAsync("agent");

    private async Task<Guid> UserAsync(string role)
    {
        var id = Guid.CreateVersion7();
        await using var db = _database.CreateContext();
        await db.UpsertUserRolesAsync(id, [role], Now.AddDays(-1), CancellationToken.None);
        return id;
    }
}
