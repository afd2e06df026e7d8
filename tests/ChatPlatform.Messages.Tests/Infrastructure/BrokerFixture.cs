namespace ChatPlatform.Messages.Tests.Infrastructure;

/// <summary>A throwaway RabbitMQ node for the bus tests.</summary>
public sealed class BrokerFixture : IAsyncLifetime
{
    private RabbitMqServer? _server;

    public Uri Address => (_server ?? throw new InvalidOperationException("RabbitMQ has not started.")).Address;

    public async Task InitializeAsync() => _server = await RabbitMqServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
