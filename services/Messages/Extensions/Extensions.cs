using ChatPlatform.Contracts;
using ChatPlatform.Messages.Application;
using ChatPlatform.Messages.Application.History;
using ChatPlatform.Messages.Application.Membership;
using ChatPlatform.Messages.Application.ReadCursors;
using ChatPlatform.Messages.Application.Sending;
using ChatPlatform.Messages.Application.Summaries;
using ChatPlatform.Messages.Consumers;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.ServiceDefaults.Auth;
using ChatPlatform.ServiceDefaults.OpenApi;
using ChatPlatform.ServiceDefaults.Redis;
using ChatPlatform.ServiceDefaults.Bus;
using ChatPlatform.ServiceDefaults.Outbox;
using ChatPlatform.ServiceDefaults.Data;
using ChatPlatform.ServiceDefaults.Problems;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Messages.Extensions;

public static class Extensions
{
    public const string DatabaseName = "messagesdb";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddChatAuthentication();
        builder.AddChatRedis();
        builder.AddSendRateLimiting();
        builder.AddAttachments();

        builder.AddServiceDatabase<MessagesDbContext>(DatabaseName, database =>
        {
            database.Context = options => options.UseSnakeCaseNamingConvention();
            database.AutoPrepareStatements = true;
            database.Outbox = outbox => outbox
                .UseFastLaneFor<MessagePosted>()
                .CombineOnFastLane<MessagePosted, MessagePostedBatch>(posted => new MessagePostedBatch([.. posted.Select(p => p.Message)]));
        });

        builder.AddChatBus(bus =>
        {
            bus.AddConsumer<SendMessageConsumer, SendMessageConsumerDefinition>();
            bus.AddConsumer<MarkReadConsumer, MarkReadConsumerDefinition>();
            bus.AddConsumer<ChatSessionCreatedConsumer>();
            bus.AddConsumer<ParticipantAddedConsumer>();
            bus.AddConsumer<ParticipantRemovedConsumer>();
            bus.AddConsumer<ChatSessionClosedConsumer>();
            bus.AddRichMessagingConsumers();
        });

        builder.Services.AddOptions<SessionsOptions>()
            .BindConfiguration(SessionsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<MessageWriter>();
        builder.Services.AddScoped<MessageSender>();
        builder.Services.AddScoped<SendMessageHandler>();
        builder.Services.AddSingleton<RestSendBatcher>();
        builder.Services.AddScoped<SessionAccessResolver>();
        builder.Services.AddScoped<MembershipProjection>();
        builder.Services.AddScoped<HistoryReader>();
        builder.Services.AddScoped<ReadCursorService>();
        builder.Services.AddScoped<ReadCursorReader>();
        builder.Services.AddScoped<SummaryReader>();
        builder.Services.AddScoped<InboxTransaction>();
        builder.Services.AddScoped<SystemMessagePoster>();
        builder.AddRichMessaging();

        builder.Services.AddBadRequestProblems();
        builder.Services.AddChatOpenApi();
        return builder;
    }
}
