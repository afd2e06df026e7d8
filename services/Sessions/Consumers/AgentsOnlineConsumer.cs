using ChatPlatform.Contracts;
using ChatPlatform.Sessions.Infrastructure;
using MassTransit;

namespace ChatPlatform.Sessions.Consumers;

/// <summary>Keeps each Presence replica's newest report of its online agents, for automatic routing.</summary>
public sealed class AgentsOnlineConsumer(SessionsDbContext db) : IConsumer<AgentsOnline>
{
    public Task Consume(ConsumeContext<AgentsOnline> context) =>
        db.UpsertAgentPresenceAsync(context.Message.ReplicaId, [.. context.Message.AgentIds], context.Message.ReportedAt, context.CancellationToken);
}
