using ChatPlatform.Contracts;
using ChatPlatform.Presence.Application.Delivery;
using MassTransit;

namespace ChatPlatform.Presence.Consumers;

/// <summary>Every replica tells its local participants of the session: <c>reaction</c> (no seq; counts are the full state).</summary>
public sealed class ReactionChangedFanOutConsumer(LocalFanOut fanOut) : IConsumer<ReactionChanged>
{
    public Task Consume(ConsumeContext<ReactionChanged> context)
    {
        fanOut.Reaction(context.Message);
        return Task.CompletedTask;
    }
}
