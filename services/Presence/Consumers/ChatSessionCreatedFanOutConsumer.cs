using ChatPlatform.Contracts;
using ChatPlatform.Presence.Application.Delivery;
using ChatPlatform.Presence.Infrastructure;
using MassTransit;

namespace ChatPlatform.Presence.Consumers;

/// <summary>
/// Every replica: the participants' all-sessions sockets start following the new session from its first message.
/// Redis is written first, so a socket opening meanwhile either is seen here or sees the session in Redis.
/// </summary>
public sealed class ChatSessionCreatedFanOutConsumer(MembershipStore membership, SocketSubscriptions subscriptions) : IConsumer<ChatSessionCreated>
{
    public async Task Consume(ConsumeContext<ChatSessionCreated> context)
    {
        var created = context.Message;
        await membership.ApplyMembersAsync(created.SessionId, created.ParticipantIds, created.OccurredAt);
        await subscriptions.MembersAddedAsync(created.SessionId, created.ParticipantIds, created.OccurredAt, sessionIsNew: true, context.CancellationToken);
    }
}
