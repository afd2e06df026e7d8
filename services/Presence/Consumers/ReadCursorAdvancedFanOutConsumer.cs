using ChatPlatform.Contracts;
using ChatPlatform.Presence.Application.Delivery;
using MassTransit;

namespace ChatPlatform.Presence.Consumers;

/// <summary>Every replica tells its local participants of the session: <c>read_receipt</c>.</summary>
public sealed class ReadCursorAdvancedFanOutConsumer(LocalFanOut fanOut) : IConsumer<ReadCursorAdvanced>
{
    public Task Consume(ConsumeContext<ReadCursorAdvanced> context)
    {
        fanOut.ReadReceipt(context.Message.SessionId, context.Message.UserId, context.Message.UpToSeq);
        return Task.CompletedTask;
    }
}
