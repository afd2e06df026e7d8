using ChatPlatform.Contracts;
using ChatPlatform.Sessions.Infrastructure;
using MassTransit;

namespace ChatPlatform.Sessions.Consumers;

/// <summary>Messages' combined MessagePosted events: recorded as <see cref="MessagePostedConsumer"/> records single ones.</summary>
public sealed class MessagePostedBatchConsumer(SessionsDbContext db) : IConsumer<MessagePostedBatch>
{
    public Task Consume(ConsumeContext<MessagePostedBatch> context) =>
        db.RecordAsync(context.Message.Messages, context.CancellationToken);
}
