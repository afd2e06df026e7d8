using ChatPlatform.ServiceDefaults.Bus;
using ChatPlatform.ServiceDefaults.Data;
using ChatPlatform.ServiceDefaults.Outbox;
using ChatPlatform.ServiceDefaults.Problems;
using ChatPlatform.Sessions.Application.Support;
using ChatPlatform.Sessions.Consumers;
using ChatPlatform.Sessions.Infrastructure;
using ChatPlatform.Sessions.Infrastructure.Peers;
using Microsoft.Extensions.Options;
using Polly;

namespace ChatPlatform.Sessions.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // No retrying execution strategy: with PostgreSQL down it held each request for half a minute of retries;
        // without it the request fails at once with 503 and Retry-After, and the client retries (as in every service).
        builder.AddNpgsqlDbContext<SessionsDbContext>("sessionsdb", settings => settings.DisableRetry = true);
        builder.Services.AddOutbox<SessionsDbContext>();
        builder.Services.AddMigration<SessionsDbContext>();
        builder.AddChatBus(bus =>
        {
            bus.AddConsumer<MessagePostedConsumer>(typeof(MessagePostedConsumerDefinition));
            bus.AddConsumer<MessagePostedBatchConsumer>();
            bus.AddConsumer<UserBlockedConsumer>();
            bus.AddConsumer<UserUnblockedConsumer>();
            bus.AddConsumer<UserRegisteredConsumer>();
            bus.AddConsumer<UserRolesChangedConsumer>();
        });

        builder.Services.AddOptions<MessagesClientOptions>()
            .BindConfiguration(MessagesClientOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // The default retries would make every list wait while Messages is down; this client gets its own pipeline.
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is the supported way to replace the defaults' handler.
        builder.Services.AddHttpClient<MessageSummariesClient>((services, http) =>
            http.BaseAddress = services.GetRequiredService<IOptions<MessagesClientOptions>>().Value.BaseAddress)
            .RemoveAllResilienceHandlers()
            .AddResilienceHandler("message-summaries", MessageSummariesResilience.Configure);
#pragma warning restore EXTEXP0001

        builder.Services.AddOptions<SupportOptions>()
            .BindConfiguration(SupportOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // Routing asks Presence once per new support session; a slow Presence only delays that one answer.
#pragma warning disable EXTEXP0001
        builder.Services.AddHttpClient<PresenceClient>((services, http) =>
            http.BaseAddress = services.GetRequiredService<IOptions<SupportOptions>>().Value.PresenceBaseAddress)
            .RemoveAllResilienceHandlers()
            .AddResilienceHandler("presence", pipeline => pipeline.AddTimeout(TimeSpan.FromSeconds(2)));
#pragma warning restore EXTEXP0001

        builder.Services.AddBadRequestProblems();
    }
}
