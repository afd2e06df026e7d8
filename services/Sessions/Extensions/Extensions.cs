using ChatPlatform.Contracts;
using ChatPlatform.ServiceDefaults.Auth;
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
        // Membership events also go straight to Messages as they commit (MessagesMembershipRelay).
        builder.AddServiceDatabase<SessionsDbContext>("sessionsdb", database => database.Outbox = outbox => outbox
            .RelayOnCommit<MessagesMembershipRelay>(typeof(ChatSessionCreated), typeof(ParticipantAdded), typeof(ParticipantRemoved), typeof(ChatSessionClosed)));
        builder.AddChatBus(bus =>
        {
            bus.AddConsumer<MessagePostedConsumer>(typeof(MessagePostedConsumerDefinition));
            bus.AddConsumer<MessagePostedBatchConsumer>();
            bus.AddConsumer<UserBlockedConsumer>();
            bus.AddConsumer<UserUnblockedConsumer>();
            bus.AddConsumer<UserRegisteredConsumer>();
            bus.AddConsumer<UserRolesChangedConsumer>();
            bus.AddConsumer<AgentsOnlineConsumer>();
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
        builder.Services.AddHttpClient<MessagesMembershipRelay>((services, http) =>
            http.BaseAddress = services.GetRequiredService<IOptions<MessagesClientOptions>>().Value.BaseAddress)
            .AddInternalApiKey()
            .RemoveAllResilienceHandlers()
            .AddResilienceHandler("membership-relay", (pipeline, context) => pipeline.AddTimeout(
                context.ServiceProvider.GetRequiredService<IOptions<MessagesClientOptions>>().Value.RelayTimeout));
#pragma warning restore EXTEXP0001

        builder.Services.AddOptions<SupportOptions>()
            .BindConfiguration(SupportOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddBadRequestProblems();
    }
}
