using ChatPlatform.Contracts;
using ChatPlatform.Presence.Application.Delivery;
using ChatPlatform.Presence.Infrastructure;
using MassTransit;

namespace ChatPlatform.Presence.Consumers;

/// <summary>Every replica: the removed user's sockets stop receiving the session at once.</summary>
public sealed class ParticipantRemovedFanOutConsumer(MembershipStore membership, SocketSubscriptions subscriptions) : IConsumer<ParticipantRemoved>
{
    public async Task Consume(ConsumeContext<ParticipantRemoved> context)
    {
        var removed = context.Message;
        subscriptions.MemberRemoved(removed.SessionId, removed.UserId);
        await membership.ApplyAsync(removed.SessionId, removed.UserId, isMember: false, removed.OccurredAt);
    }
}
