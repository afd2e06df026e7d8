using MassTransit;

namespace ChatPlatform.Messages.Consumers;

public sealed class MarkReadConsumerDefinition : ConsumerDefinition<MarkReadConsumer>
{
    public MarkReadConsumerDefinition()
    {
        ConcurrentMessageLimit = 8;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<MarkReadConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.PrefetchCount = 16;
    }
}
