using ChatPlatform.Contracts;
using ChatPlatform.Moderation.Application.Users;
using MassTransit;

namespace ChatPlatform.Moderation.Consumers;

/// <summary>Keeps the user projection that block requests are checked against; inserting a known user is a no-op.</summary>
public sealed class UserRegisteredConsumer(UserDirectory users) : IConsumer<UserRegistered>
{
    public Task Consume(ConsumeContext<UserRegistered> context) =>
        users.RememberAsync(context.Message.UserId, context.Message.DisplayName, context.CancellationToken);
}
