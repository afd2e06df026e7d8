using ChatPlatform.Contracts;
using ChatPlatform.Presence.Application.Delivery;
using ChatPlatform.Presence.Application.Frames;
using MassTransit;

namespace ChatPlatform.Presence.Consumers;

/// <summary>Several stored messages in one event (Messages' fast lane combined them): each goes to its session's local feed.</summary>
public sealed class MessagePostedBatchFanOutConsumer(SessionFeeds feeds) : IConsumer<MessagePostedBatch>
{
    public Task Consume(ConsumeContext<MessagePostedBatch> context)
    {
        foreach (var message in context.Message.Messages)
        {
            feeds.Find(message.ChatSessionId)?.Offer(MessageFrames.FromContract(message));
        }
        return Task.CompletedTask;
    }
}
