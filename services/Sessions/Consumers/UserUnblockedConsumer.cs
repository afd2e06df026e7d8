using ChatPlatform.Contracts;
using ChatPlatform.Sessions.Infrastructure;
using MassTransit;

namespace ChatPlatform.Sessions.Consumers;

/// <summary>Lifts a block in the projection, unless a newer block of the same pair was seen already.</summary>
public sealed class UserUnblockedConsumer(SessionsDbContext db) : IConsumer<UserUnblocked>
{
    public Task Consume(ConsumeContext<UserUnblocked> context) =>
        db.UpsertBlockAsync(context.Message.BlockerId, context.Message.BlockedId, isBlocked: false, context.Message.OccurredAt, context.CancellationToken);
}
