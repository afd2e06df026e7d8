using ChatPlatform.Contracts;
using ChatPlatform.Sessions.Infrastructure;
using MassTransit;

namespace ChatPlatform.Sessions.Consumers;

/// <summary>Keeps the block projection that session creation and adding participants check.</summary>
public sealed class UserBlockedConsumer(SessionsDbContext db) : IConsumer<UserBlocked>
{
    public Task Consume(ConsumeContext<UserBlocked> context) =>
        db.UpsertBlockAsync(context.Message.BlockerId, context.Message.BlockedId, isBlocked: true, context.Message.OccurredAt, context.CancellationToken);
}
