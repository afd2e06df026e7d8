using ChatPlatform.Contracts;
using ChatPlatform.Messages.Application;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Rules;
using MassTransit;

namespace ChatPlatform.Messages.Consumers;

/// <summary>Adds the member to the projection and a participant_joined system message to the history.</summary>
public sealed class ParticipantAddedConsumer(InboxTransaction inbox, MembershipProjection projection, SystemMessagePoster poster) : IConsumer<ParticipantAdded>
{
    public Task Consume(ConsumeContext<ParticipantAdded> context)
    {
        var added = context.Message;
        return inbox.RunOnceAsync(context.RequireMessageId(), nameof(ParticipantAddedConsumer), async cancellationToken =>
        {
            await projection.ApplyAsync(added, cancellationToken);
            await poster.PostAsync(added.SessionId, SystemEvents.ParticipantJoined, added.AddedBy, added.UserId, added.OccurredAt, cancellationToken);
        }, context.CancellationToken);
    }
}
