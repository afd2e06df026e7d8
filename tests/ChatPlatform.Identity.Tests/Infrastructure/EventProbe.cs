using System.Collections.Concurrent;
using ChatPlatform.Contracts;
using MassTransit;

namespace ChatPlatform.Identity.Tests.Infrastructure;

/// <summary>Another service, as far as the broker can tell: a queue bound to Identity's events that records what arrives.</summary>
public sealed class EventProbe : IAsyncDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);
    private readonly ConcurrentQueue<object> _received = new();
    private IBusControl? _bus;

    public static async Task<EventProbe> StartAsync(Uri broker)
    {
        var probe = new EventProbe();
        probe._bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker);
            rabbit.ReceiveEndpoint($"identity-tests-probe-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                endpoint.Handler<UserRegistered>(context => probe.Record(context.Message));
                endpoint.Handler<UserRolesChanged>(context => probe.Record(context.Message));
                endpoint.Handler<LoginFailed>(context => probe.Record(context.Message));
            });
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await probe._bus.StartAsync(timeout.Token);
        return probe;
    }

    public async Task<T> WaitForAsync<T>(Func<T, bool> predicate)
    {
        var deadline = DateTime.UtcNow + DefaultTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_received.OfType<T>().FirstOrDefault(predicate) is { } match)
            {
                return match;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"No {typeof(T).Name} matching the condition arrived within {DefaultTimeout}.");
    }

    private Task Record(object message)
    {
        _received.Enqueue(message);
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (_bus is not null)
        {
            await _bus.StopAsync();
        }
    }
}
