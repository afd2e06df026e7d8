using ChatPlatform.Contracts;
using ChatPlatform.Moderation.Application.Audit;
using ChatPlatform.Moderation.Rules;
using MassTransit;

namespace ChatPlatform.Moderation.Consumers;

/// <summary>Audits <c>roles_changed</c> (actor: the admin, none for seeding; target: the user).</summary>
public sealed class UserRolesChangedConsumer(AuditWriter audit) : IConsumer<UserRolesChanged>
{
    public Task Consume(ConsumeContext<UserRolesChanged> context) =>
        audit.AppendAsync(AuditRecords.RolesChanged(context.Message), context.RequireMessageId(), context.CancellationToken);
}
