using MassTransit;

namespace ChatPlatform.Moderation.Consumers;

internal static class ConsumeContextExtensions
{
    /// <summary>The id the audit log dedupes on; the outbox dispatcher sets it to the outbox row's id.</summary>
    public static Guid RequireMessageId(this ConsumeContext context) =>
        context.MessageId ?? throw new InvalidOperationException("A message without a MessageId cannot be deduplicated.");
}
