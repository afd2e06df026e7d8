using ChatPlatform.Contracts;
using ChatPlatform.Sessions.Infrastructure;
using MassTransit;

namespace ChatPlatform.Sessions.Consumers;

/// <summary>Adds an account's name and roles to the user projection.</summary>
public sealed class UserRegisteredConsumer(SessionsDbContext db) : IConsumer<UserRegistered>
{
    public Task Consume(ConsumeContext<UserRegistered> context) =>
        db.UpsertRegisteredUserAsync(
            context.Message.UserId, context.Message.DisplayName, [.. context.Message.Roles], context.Message.OccurredAt, context.CancellationToken);
}
