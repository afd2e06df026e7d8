using ChatPlatform.Presence.Application;
using ChatPlatform.Presence.Application.Blocks;
using ChatPlatform.Presence.Application.Cluster;
using ChatPlatform.Presence.Application.Connections;
using ChatPlatform.Presence.Application.Delivery;
using ChatPlatform.Presence.Application.Membership;
using ChatPlatform.Presence.Application.Sending;
using ChatPlatform.Presence.Application.Stats;
using ChatPlatform.Presence.Application.Status;
using ChatPlatform.Presence.Application.Typing;
using ChatPlatform.Presence.Consumers;
using ChatPlatform.Presence.Infrastructure;
using ChatPlatform.Presence.Infrastructure.Peers;
using ChatPlatform.ServiceDefaults.Auth;
using ChatPlatform.ServiceDefaults.OpenApi;
using ChatPlatform.ServiceDefaults.Redis;
using ChatPlatform.ServiceDefaults.Bus;
using MassTransit;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Presence.Extensions;

public static class Extensions
{
    private const int FanOutPrefetch = 512;

    /// <summary>How long a replica's fan-out queue outlives its last consumer (RabbitMQ's <c>x-expires</c>).</summary>
    private static readonly TimeSpan InstanceQueueExpiry = TimeSpan.FromMinutes(5);

    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddChatAuthentication();
        builder.AddChatRedis();
        services.AddChatOpenApi();

        services.AddOptions<PresenceOptions>()
            .BindConfiguration(PresenceOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var instance = new PresenceInstance(builder.Configuration["OTEL_RESOURCE_ATTRIBUTES"]);
        services.AddSingleton(instance);
        services.AddSingleton(TimeProvider.System);

        services.AddHttpClient<MessagesHistoryClient>();
        // One attempt per send, no resilience pipeline: the client resends with the same client_message_id after an
        // error frame, and Messages stores it once.
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked experimental; the standard handler is what it removes.
        services.AddHttpClient<MessagesSendClient>().RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        services.AddSingleton<SendBatcher>();
        services.AddHttpClient<SessionsClient>();
        services.AddHttpClient(ModerationBlocksClient.HttpClientName);
        services.AddSingleton<ModerationBlocksClient>();
        services.AddSingleton<IHistorySource>(provider => provider.GetRequiredService<MessagesHistoryClient>());

        services.AddSingleton<MembershipStore>();
        services.AddSingleton<BlockStore>();
        services.AddSingleton<BlockList>();
        services.AddSingleton<PresenceStore>();
        services.AddSingleton<InstanceStatsStore>();
        services.AddSingleton<InstanceCounters>();

        services.AddSingleton<SessionFeeds>();
        services.AddSingleton<LocalFanOut>();
        services.AddSingleton<ConnectionRegistry>();
        services.AddSingleton<SocketSubscriptions>();
        services.AddSingleton<MembershipService>();
        services.AddSingleton(provider => new TypingTracker(provider.GetRequiredService<IOptions<PresenceOptions>>().Value.TypingTimeout));
        services.AddSingleton<TypingService>();
        services.AddSingleton<PresenceService>();
        services.AddSingleton<ChatFrameHandler>();
        services.AddSingleton<ChatSocketHost>();

        services.AddSingleton<ClusterChannel>();
        services.AddHostedService(provider => provider.GetRequiredService<ClusterChannel>());
        services.AddHostedService<PresenceHeartbeat>();
        services.AddHostedService<ConnectionSweeper>();
        services.AddSingleton<AgentPresenceReporter>();
        services.AddHostedService(provider => provider.GetRequiredService<AgentPresenceReporter>());

        builder.AddChatBus(bus =>
        {
            bus.AddConsumer<ChatSessionCreatedConsumer>();
            bus.AddConsumer<ParticipantAddedConsumer>();
            bus.AddConsumer<ParticipantRemovedConsumer>();
            bus.AddConsumer<UserBlockedConsumer>();
            bus.AddConsumer<UserUnblockedConsumer>();

            bus.AddConsumer<MessagePostedFanOutConsumer>().Endpoint(e => OnInstanceQueue(e, instance));
            bus.AddConsumer<MessagePostedBatchFanOutConsumer>().Endpoint(e => OnInstanceQueue(e, instance));
            bus.AddConsumer<ReadCursorAdvancedFanOutConsumer>().Endpoint(e => OnInstanceQueue(e, instance));
            bus.AddConsumer<ChatSessionCreatedFanOutConsumer>().Endpoint(e => OnInstanceQueue(e, instance));
            bus.AddConsumer<ParticipantAddedFanOutConsumer>().Endpoint(e => OnInstanceQueue(e, instance));
            bus.AddConsumer<ParticipantRemovedFanOutConsumer>().Endpoint(e => OnInstanceQueue(e, instance));
            bus.AddConsumer<UserBlockedFanOutConsumer>().Endpoint(e => OnInstanceQueue(e, instance));
            bus.AddConsumer<UserUnblockedFanOutConsumer>().Endpoint(e => OnInstanceQueue(e, instance));
            bus.AddConsumer<ReactionChangedFanOutConsumer>().Endpoint(e => OnInstanceQueue(e, instance));
        });
    }

    public static WebApplication MapPresenceEndpoints(this WebApplication app)
    {
        app.UseWebSockets();
        app.MapOpenApi();
        return app;
    }

    /// <summary>
    /// Fan-out consumers share one queue per replica, so every replica sees every event (a shared queue would hand
    /// each event to one replica only). The queue is durable and expires <see cref="InstanceQueueExpiry"/> after its
    /// replica stopped consuming: a broker restart keeps it, with its bindings and what was published while the
    /// replica reconnected (an auto-delete queue vanished with the broker, and live sockets missed every event
    /// published before the replica had declared it again); a replica that died leaves nothing behind for long.
    /// </summary>
    private static void OnInstanceQueue(IEndpointRegistrationConfigurator endpoint, PresenceInstance instance)
    {
        endpoint.Name = $"presence-fanout-{instance.Id}";
        endpoint.PrefetchCount = FanOutPrefetch;
        endpoint.AddConfigureEndpointCallback(configurator =>
        {
            if (configurator is IRabbitMqReceiveEndpointConfigurator rabbit)
            {
                rabbit.Durable = true;
                rabbit.AutoDelete = false;
                rabbit.QueueExpiration = InstanceQueueExpiry;
            }
        });
    }
}
