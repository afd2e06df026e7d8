using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPlatform.ServiceDefaults.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// The transactional outbox for <typeparamref name="TContext"/>: a commit interceptor and the background
    /// dispatcher, the fast lane when <paramref name="configure"/> names event types for it, and the relay on commit when it names one. Register after the
    /// DbContext itself (for example after <c>AddNpgsqlDbContext</c>).
    /// </summary>
    public static IServiceCollection AddOutbox<TContext>(this IServiceCollection services, Action<OutboxOptions>? configure = null)
        where TContext : DbContext, IOutboxDbContext
    {
        var options = new OutboxOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        var fastLane = new OutboxFastLaneQueue();
        if (options.FastLaneTypes.Count > 0)
        {
            services.AddSingleton(fastLane);
            services.AddSingleton<IOutboxFastLane>(fastLane);
            services.AddHostedService<OutboxFastLane<TContext>>();
        }
        var signal = new OutboxSignal();
        services.AddSingleton(signal);
        if (options.RelayType is { } relayType)
        {
            // Before the commit interceptor: the relay has handed the events over by the time the dispatcher and the
            // fast lane are told to publish them, so a peer hears of a change from the bus only after the relay.
            var relayedTypes = options.RelayedTypes.ToHashSet();
            services.ConfigureDbContext<TContext>((provider, builder) =>
                builder.AddInterceptors(new OutboxRelayInterceptor(provider, relayType, relayedTypes)));
        }
        services.ConfigureDbContext<TContext>(builder => builder.AddInterceptors(new OutboxCommitInterceptor(signal, fastLane)));
        services.AddHostedService<OutboxDispatcher<TContext>>();
        return services;
    }
}
