using ChatPlatform.Contracts;
using ChatPlatform.Moderation.Application.Audit;
using ChatPlatform.Moderation.Rules;
using MassTransit;

namespace ChatPlatform.Moderation.Consumers;

/// <summary>Audits <c>user_unblocked</c>, from Moderation's own outbox (actor: the blocker; target: the unblocked).</summary>
public sealed class UserUnblockedConsumer(AuditWriter audit) : IConsumer<UserUnblocked>
{
    public Task Consume(ConsumeContext<UserUnblocked> context) =>
        audit.AppendAsync(AuditRecords.UserUnblocked(context.Message), context.RequireMessageId(), context.CancellationToken);
}
