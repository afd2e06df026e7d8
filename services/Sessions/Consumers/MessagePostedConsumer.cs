using ChatPlatform.Contracts;
using ChatPlatform.Sessions.Infrastructure;
using MassTransit;

namespace ChatPlatform.Sessions.Consumers;

/// <summary>
/// Keeps <c>last_activity_at</c> (the session list's order) up to date from Messages' events and records support
/// sessions' first responses, in batches (<see cref="PostedMessagesRecorder"/>). Redeliveries need no inbox.
/// </summary>
public sealed class MessagePostedConsumer(SessionsDbContext db) : IConsumer<Batch<MessagePosted>>
{
    public Task Consume(ConsumeContext<Batch<MessagePosted>> context) =>
        db.RecordAsync(context.Message.Select(posted => posted.Message.Message), context.CancellationToken);
}
