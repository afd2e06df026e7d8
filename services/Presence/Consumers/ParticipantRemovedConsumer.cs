using ChatPlatform.Contracts;
using ChatPlatform.Presence.Infrastructure;
using MassTransit;

namespace ChatPlatform.Presence.Consumers;

/// <summary>Membership projection (shared, durable queue).</summary>
public sealed class ParticipantRemovedConsumer(MembershipStore membership) : IConsumer<ParticipantRemoved>
{
    public Task Consume(ConsumeContext<ParticipantRemoved> context) =>
        membership.ApplyAsync(context.Message.SessionId, context.Message.UserId, isMember: false, context.Message.OccurredAt);
}
