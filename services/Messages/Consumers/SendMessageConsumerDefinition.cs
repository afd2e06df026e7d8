using MassTransit;

namespace ChatPlatform.Messages.Consumers;

/// <summary>
/// Sends are on the latency path: plenty of prefetch so a message never waits for a broker round trip, and
/// enough concurrency to overlap database round trips (senders of one session still serialise on its seq row).
/// </summary>
public sealed class SendMessageConsumerDefinition : ConsumerDefinition<SendMessageConsumer>
{
    public SendMessageConsumerDefinition()
    {
        ConcurrentMessageLimit = 16;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<SendMessageConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.PrefetchCount = 32;
    }
}
