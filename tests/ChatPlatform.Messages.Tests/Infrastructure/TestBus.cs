using ChatPlatform.Contracts;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPlatform.Messages.Tests.Infrastructure;

/// <summary>
/// Another service on the same broker, as Presence and Sessions are: it sends SendMessage requests, publishes
/// session events and records the MessagePosted / ReadCursorAdvanced events Messages publishes.
/// </summary>
public sealed class TestBus : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly IBusControl _bus;

    private TestBus(ServiceProvider services)
    {
        _services = services;
        _bus = services.GetRequiredService<IBusControl>();
    }

    public BusRecording Recorded => _services.GetRequiredService<BusRecording>();

    public static async Task<TestBus> StartAsync(Uri broker)
    {
        var services = new ServiceCollection();
        services.AddSingleton<BusRecording>();
        services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter("messages-tests", includeNamespace: false));
            bus.AddConsumer<RecordingConsumer>();
            bus.AddRequestClient<SendMessage>(RequestTimeout.After(s: 15));
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(broker);
                rabbit.ConfigureEndpoints(context);
            });
        });
        var provider = services.BuildServiceProvider();
        var testBus = new TestBus(provider);
        await testBus._bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        return testBus;
    }

    public IRequestClient<SendMessage> SendClient => _services.GetRequiredService<IRequestClient<SendMessage>>();

    /// <summary>Publishes with a fixed message id, as an outbox does (a redelivery keeps its id).</summary>
    public Task PublishAsync<T>(T message, Guid messageId) where T : class =>
        _bus.Publish(message, context => context.MessageId = messageId);

    public async ValueTask DisposeAsync()
    {
        await _bus.StopAsync();
        await _services.DisposeAsync();
    }

    private sealed class RecordingConsumer(BusRecording recording) : IConsumer<MessagePosted>, IConsumer<MessagePostedBatch>, IConsumer<ReadCursorAdvanced>
    {
        /// <summary>Combined events are recorded as the single events they stand for (in the first one's trace).</summary>
        public Task Consume(ConsumeContext<MessagePostedBatch> context)
        {
            var activityId = context.Headers.Get<string>(MassTransit.Logging.DiagnosticHeaders.ActivityId);
            foreach (var message in context.Message.Messages)
            {
                recording.PostedActivityIds[message.Id] = activityId;
                recording.Posted.Enqueue(new MessagePosted(message));
            }
            recording.CombinedEvents.Enqueue(context.Message.Messages.Count);
            return Task.CompletedTask;
        }

        public Task Consume(ConsumeContext<MessagePosted> context)
        {
            recording.PostedActivityIds[context.Message.Message.Id] = context.Headers.Get<string>(MassTransit.Logging.DiagnosticHeaders.ActivityId);
            recording.Posted.Enqueue(context.Message);
            return Task.CompletedTask;
        }

        public Task Consume(ConsumeContext<ReadCursorAdvanced> context)
        {
            recording.CursorsAdvanced.Enqueue(context.Message);
            return Task.CompletedTask;
        }
    }
}
