using System.Text.Json;
using ChatPlatform.Contracts;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPlatform.Messages.Tests.Bus;

/// <summary>
/// Moderation's block events, Identity's UserRegistered and Sessions' support events on a real broker: the direct
/// session refusal over the SendMessage path, mentions by e-mail, and the session_assigned/transferred system messages.
/// </summary>
[Collection(BusCollection.Name)]
public sealed class SafetyBusTests(PostgresServer database, BrokerFixture broker) : IAsyncLifetime
{
    private MessagesApiFactory _api = null!;
    private TestBus _bus = null!;

    public async Task InitializeAsync()
    {
        _api = new MessagesApiFactory(await database.CreateDatabaseAsync(), broker.Address);
        using (var client = _api.CreateClient())
        {
            Assert.True((await client.GetAsync("/alive")).IsSuccessStatusCode);
        }
        Assert.Equal(BusHealthStatus.Healthy, await _api.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60)));
        _bus = await TestBus.StartAsync(broker.Address);
    }

    public async Task DisposeAsync()
    {
        await _bus.DisposeAsync();
        await _api.DisposeAsync();
    }

    private async Task<(MessageAccepted? Accepted, MessageRejected? Rejected)> SendAsync(Guid sessionId, Guid userId, string content)
    {
        var response = await _bus.SendClient.GetResponse<MessageAccepted, MessageRejected>(
            new SendMessage(sessionId, userId, "text", content, Guid.NewGuid().ToString(), null, null, null));
        return response.Is(out Response<MessageAccepted>? accepted) ? (accepted.Message, null)
            : response.Is(out Response<MessageRejected>? rejected) ? (null, rejected.Message)
            : throw new InvalidOperationException("Unexpected response.");
    }

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _api.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    [Fact]
    public async Task A_blocked_users_bus_send_in_a_direct_session_is_rejected_blocked_until_the_unblock()
    {
        var (alice, bob) = (Guid.NewGuid(), Guid.NewGuid());
        var direct = Guid.CreateVersion7();
        await InScopeAsync(async services =>
        {
            var projection = services.GetRequiredService<MembershipProjection>();
            await projection.UpsertSessionAsync(direct, "direct", null, DateTimeOffset.UtcNow, CancellationToken.None);
            return await projection.SetMembersAsync(direct, [alice, bob], true, DateTimeOffset.UtcNow, CancellationToken.None);
        });

        await _bus.PublishAsync(new UserBlocked(alice, bob, DateTimeOffset.UtcNow), Guid.NewGuid());
        var rejected = await Eventually.ValueAsync(async () => (await SendAsync(direct, bob, "hello?")).Rejected, "the block to be projected");
        Assert.Equal("blocked", rejected.Code);

        await _bus.PublishAsync(new UserUnblocked(alice, bob, DateTimeOffset.UtcNow), Guid.NewGuid());
        var accepted = await Eventually.ValueAsync(async () => (await SendAsync(direct, bob, "hello again")).Accepted, "the unblock to be projected");
        Assert.Equal("hello again", accepted.Message.Content);
    }

    [Fact]
    public async Task A_registered_users_email_mention_resolves_and_support_events_leave_system_messages_once()
    {
        var (customer, agent, other) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var sessionId = await _api.CreateSessionAsync(customer, agent);
        await _bus.PublishAsync(new UserRegistered(agent, $"agent-{agent:N}@example.test", "Agent Smith", ["agent"], DateTimeOffset.UtcNow), Guid.NewGuid());
        var mention = await Eventually.ValueAsync(async () =>
        {
            var sent = (await SendAsync(sessionId, customer, "hi @agentsmith")).Accepted!;
            return sent.Message.Mentions.Count == 1 ? sent : null;
        }, "UserRegistered to be projected");
        Assert.Equal([agent], mention.Message.Mentions);

        var assignedId = Guid.NewGuid();
        await _bus.PublishAsync(new SupportSessionAssigned(sessionId, agent, agent, DateTimeOffset.UtcNow), assignedId);
        await _bus.PublishAsync(new SupportSessionAssigned(sessionId, agent, agent, DateTimeOffset.UtcNow), assignedId);
        await _bus.PublishAsync(new SupportSessionTransferred(sessionId, agent, other, agent, DateTimeOffset.UtcNow), Guid.NewGuid());

        var system = await Eventually.ValueAsync(async () =>
        {
            var rows = await InScopeAsync(services => services.GetRequiredService<MessagesDbContext>().Messages.AsNoTracking()
                .Where(m => m.ChatSessionId == sessionId && m.MessageType == "system").OrderBy(m => m.Seq).ToListAsync());
            return rows.Count >= 2 ? rows : null;
        }, "the support system messages");
        await Task.Delay(500);
        Assert.Equal(2, await InScopeAsync(services => services.GetRequiredService<MessagesDbContext>().Messages.CountAsync(m => m.ChatSessionId == sessionId && m.MessageType == "system")));
        var metadata = system.Select(m => JsonDocument.Parse(m.Metadata!).RootElement).ToList();
        Assert.Equal(["session_assigned", "session_transferred"], metadata.Select(m => m.GetProperty("event").GetString()).Order());
        var transferred = metadata.Single(m => m.GetProperty("event").GetString() == "session_transferred");
        Assert.Equal((agent.ToString(), other.ToString()), (transferred.GetProperty("from_agent_id").GetString(), transferred.GetProperty("to_agent_id").GetString()));
        Assert.Equal(agent.ToString(), metadata.Single(m => m.GetProperty("event").GetString() == "session_assigned").GetProperty("agent_id").GetString());
    }
}
