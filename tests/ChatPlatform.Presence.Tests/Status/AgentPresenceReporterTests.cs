using ChatPlatform.Contracts;
using ChatPlatform.Presence.Application;
using ChatPlatform.Presence.Application.Connections;
using ChatPlatform.Presence.Application.Stats;
using ChatPlatform.Presence.Application.Status;
using ChatPlatform.Presence.Infrastructure;
using ChatPlatform.Tests.Shared;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatPlatform.Presence.Tests.Status;

/// <summary>
/// What a replica tells Sessions about its agents (AgentsOnline), with real Redis for "away" and MassTransit's
/// in-memory harness for the bus: only agents, never away ones, a report soon after a change (not only on the
/// interval), and an empty one as the replica stops.
/// </summary>
public sealed class AgentPresenceReporterTests : IAsyncLifetime
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(5);
    private ServiceProvider _services = null!;
    private ITestHarness _harness = null!;

    private ConnectionRegistry Registry => _services.GetRequiredService<ConnectionRegistry>();
    private AgentPresenceReporter Reporter => _services.GetRequiredService<AgentPresenceReporter>();

    public async Task InitializeAsync()
    {
        var redis = await RedisServer.SharedAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConnectionMultiplexer>(await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString));
        services.AddSingleton(new PresenceInstance("service.instance.id=presence-tests"));
        services.AddSingleton<ConnectionRegistry>();
        services.AddSingleton<PresenceStore>();
        services.AddSingleton(TimeProvider.System);
        // An interval far longer than the test: every report after the first is caused by a change.
        services.AddSingleton(Options.Create(new PresenceOptions { AgentReportInterval = TimeSpan.FromHours(1) }));
        services.AddSingleton<AgentPresenceReporter>();
        services.AddMassTransitTestHarness();
        _services = services.BuildServiceProvider();
        _harness = _services.GetRequiredService<ITestHarness>();
        await _harness.Start();
    }

    public async Task DisposeAsync()
    {
        await _harness.Stop();
        await _services.DisposeAsync();
    }

    [Fact]
    public async Task Agents_with_a_socket_here_are_reported_but_not_away_agents_nor_other_users()
    {
        var (agent, awayAgent, customer) = (Connect(agent: true), Connect(agent: true), Connect(agent: false));
        await _services.GetRequiredService<PresenceStore>().SetAwayAsync(awayAgent.UserId, away: true);

        Assert.Equal([agent.UserId], await Reporter.OnlineAgentsAsync());
    }

    [Fact]
    public async Task An_agent_connecting_is_reported_at_once_and_the_stopping_replica_reports_no_one()
    {
        await Reporter.StartAsync(CancellationToken.None);
        await ReportAsync(report => report.AgentIds.Count == 0);

        var agent = Connect(agent: true);
        Reporter.Changed(agent);
        var online = await ReportAsync(report => report.AgentIds.Contains(agent.UserId));
        Assert.Equal("presence-tests", online.ReplicaId[..14]);

        await Reporter.StopAsync(CancellationToken.None);
        // The agent's socket is still open: the replica says no one because it is going away.
        var reports = await ReportsUntilAsync(all => all.Count(report => report.AgentIds.Count == 0) == 2);
        Assert.Empty(reports[^1].AgentIds);
    }

    private ChatConnection Connect(bool agent)
    {
        var connection = new ChatConnection(
            new SocketRequest(Guid.NewGuid(), "token", DateTimeOffset.MaxValue, null, null, IsAgent: agent),
            16, new InstanceCounters(), NullLogger.Instance);
        Registry.Add(connection);
        return connection;
    }

    private async Task<List<AgentsOnline>> ReportsUntilAsync(Func<List<AgentsOnline>, bool> done)
    {
        var deadline = DateTime.UtcNow + Soon;
        while (true)
        {
            var reports = _harness.Published.Select<AgentsOnline>().Select(message => message.Context.Message).ToList();
            if (done(reports) || DateTime.UtcNow > deadline)
            {
                Assert.True(done(reports), $"The reports were: {string.Join(" / ", reports.Select(r => r.AgentIds.Count))} agents.");
                return reports;
            }
            await Task.Delay(20);
        }
    }

    private async Task<AgentsOnline> ReportAsync(Func<AgentsOnline, bool> matches)
    {
        using var timeout = new CancellationTokenSource(Soon);
        var published = await _harness.Published.SelectAsync<AgentsOnline>(message => matches(message.Context.Message), timeout.Token).FirstOrDefault();
        Assert.True(published is not null, "No matching AgentsOnline report was published.");
        return published.Context.Message;
    }
}
