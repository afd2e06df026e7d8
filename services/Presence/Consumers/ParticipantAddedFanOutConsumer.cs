using ChatPlatform.Contracts;
using ChatPlatform.Presence.Application.Delivery;
using ChatPlatform.Presence.Infrastructure;
using MassTransit;

namespace ChatPlatform.Presence.Consumers;

/// <summary>Every replica: the added user's all-sessions sockets start following the session (from when they were added).</summary>
public sealed class ParticipantAddedFanOutConsumer(MembershipStore membership, SocketSubscriptions subscriptions) : IConsumer<ParticipantAdded>
{
    public async Task Consume(ConsumeContext<ParticipantAdded> context)
    {
        var added = context.Message;
        await membership.ApplyAsync(added.SessionId, added.UserId, isMember: true, added.OccurredAt);
        await subscriptions.MembersAddedAsync(added.SessionId, [added.UserId], added.OccurredAt, sessionIsNew: false, context.CancellationToken);
    }
}
