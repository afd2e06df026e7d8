using ChatPlatform.Contracts;
using ChatPlatform.Messages.Infrastructure;
using MassTransit;

namespace ChatPlatform.Messages.Consumers;

/// <summary>Keeps the users projection that @mentions by display name or e-mail are matched against.</summary>
public sealed class UserRegisteredConsumer(UserDirectory users) : IConsumer<UserRegistered>
{
    public Task Consume(ConsumeContext<UserRegistered> context)
    {
        var registered = context.Message;
        return users.UpsertAsync(registered.UserId, registered.Email, registered.DisplayName, context.CancellationToken);
    }
}
