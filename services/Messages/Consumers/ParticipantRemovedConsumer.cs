using ChatPlatform.Contracts;
using ChatPlatform.Messages.Application;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Rules;
using MassTransit;

namespace ChatPlatform.Messages.Consumers;

/// <summary>Marks the member inactive in the projection and adds a participant_left system message.</summary>
public sealed class ParticipantRemovedConsumer(InboxTransaction inbox, MembershipProjection projection, SystemMessagePoster poster) : IConsumer<ParticipantRemoved>
{
    public Task Consume(ConsumeContext<ParticipantRemoved> context)
    {
        var removed = context.Message;
        return inbox.RunOnceAsync(context.RequireMessageId(), nameof(ParticipantRemovedConsumer), async cancellationToken =>
        {
            await projection.ApplyAsync(removed, cancellationToken);
            await poster.PostAsync(removed.SessionId, SystemEvents.ParticipantLeft, removed.RemovedBy, removed.UserId, removed.OccurredAt, cancellationToken);
        }, context.CancellationToken);
    }
}
