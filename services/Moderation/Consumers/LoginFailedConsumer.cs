using ChatPlatform.Contracts;
using ChatPlatform.Moderation.Application.Audit;
using ChatPlatform.Moderation.Rules;
using MassTransit;

namespace ChatPlatform.Moderation.Consumers;

/// <summary>Audits <c>login_failed</c> (actor and target: the account tried, when it exists).</summary>
public sealed class LoginFailedConsumer(AuditWriter audit) : IConsumer<LoginFailed>
{
    public Task Consume(ConsumeContext<LoginFailed> context) =>
        audit.AppendAsync(AuditRecords.LoginFailed(context.Message), context.RequireMessageId(), context.CancellationToken);
}
