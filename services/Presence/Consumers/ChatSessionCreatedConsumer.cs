using ChatPlatform.Contracts;
using ChatPlatform.Presence.Infrastructure;
using MassTransit;

namespace ChatPlatform.Presence.Consumers;

/// <summary>Membership projection (shared, durable queue): the participants a session was created with.</summary>
public sealed class ChatSessionCreatedConsumer(MembershipStore membership) : IConsumer<ChatSessionCreated>
{
    public Task Consume(ConsumeContext<ChatSessionCreated> context) =>
        membership.ApplyMembersAsync(context.Message.SessionId, context.Message.ParticipantIds, context.Message.OccurredAt);
}
