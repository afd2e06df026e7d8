using ChatPlatform.Contracts;
using ChatPlatform.Presence.Infrastructure;
using MassTransit;

namespace ChatPlatform.Presence.Consumers;

/// <summary>Membership projection (shared, durable queue).</summary>
public sealed class ParticipantAddedConsumer(MembershipStore membership) : IConsumer<ParticipantAdded>
{
    public Task Consume(ConsumeContext<ParticipantAdded> context) =>
        membership.ApplyAsync(context.Message.SessionId, context.Message.UserId, isMember: true, context.Message.OccurredAt);
}
