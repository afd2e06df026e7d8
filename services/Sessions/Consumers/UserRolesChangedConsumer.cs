using ChatPlatform.Contracts;
using ChatPlatform.Sessions.Infrastructure;
using MassTransit;

namespace ChatPlatform.Sessions.Consumers;

/// <summary>Keeps the projected roles current (a transfer's target must be an agent).</summary>
public sealed class UserRolesChangedConsumer(SessionsDbContext db) : IConsumer<UserRolesChanged>
{
    public Task Consume(ConsumeContext<UserRolesChanged> context) =>
        db.UpsertUserRolesAsync(context.Message.UserId, [.. context.Message.Roles], context.Message.OccurredAt, context.CancellationToken);
}
