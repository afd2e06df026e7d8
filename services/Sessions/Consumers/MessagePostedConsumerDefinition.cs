using MassTransit;

namespace ChatPlatform.Sessions.Consumers;

/// <summary>Collects up to 100 events or 200 ms of them per batch, so a busy chat costs a few updates a second.</summary>
public sealed class MessagePostedConsumerDefinition : ConsumerDefinition<MessagePostedConsumer>
{
    public MessagePostedConsumerDefinition()
    {
        Endpoint(endpoint => endpoint.PrefetchCount = 200);
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<MessagePostedConsumer> consumerConfigurator, IRegistrationContext context) =>
        consumerConfigurator.Options<BatchOptions>(options => options
            .SetMessageLimit(100)
            .SetTimeLimit(TimeSpan.FromMilliseconds(200))
            .SetConcurrencyLimit(2));
}
