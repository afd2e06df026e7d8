using ChatPlatform.Contracts;
using ChatPlatform.Presence.Application.Delivery;
using ChatPlatform.Presence.Application.Frames;
using MassTransit;

namespace ChatPlatform.Presence.Consumers;

/// <summary>
/// Every replica (its own temporary queue) hands each stored message to its local feed of that session, which puts
/// it in seq order; the frame is serialized once for all local recipients.
/// </summary>
public sealed class MessagePostedFanOutConsumer(SessionFeeds feeds) : IConsumer<MessagePosted>
{
    public Task Consume(ConsumeContext<MessagePosted> context)
    {
        var message = context.Message.Message;
        feeds.Find(message.ChatSessionId)?.Offer(MessageFrames.FromContract(message));
        return Task.CompletedTask;
    }
}
