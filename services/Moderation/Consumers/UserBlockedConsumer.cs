using ChatPlatform.Contracts;
using ChatPlatform.Moderation.Application.Audit;
using ChatPlatform.Moderation.Rules;
using MassTransit;

namespace ChatPlatform.Moderation.Consumers;

/// <summary>Audits <c>user_blocked</c>, from Moderation's own outbox (actor: the blocker; target: the blocked).</summary>
public sealed class UserBlockedConsumer(AuditWriter audit) : IConsumer<UserBlocked>
{
    public Task Consume(ConsumeContext<UserBlocked> context) =>
        audit.AppendAsync(AuditRecords.UserBlocked(context.Message), context.RequireMessageId(), context.CancellationToken);
}
