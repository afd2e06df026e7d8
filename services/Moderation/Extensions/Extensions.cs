using ChatPlatform.Moderation.Application.Audit;
using ChatPlatform.Moderation.Application.Blocks;
using ChatPlatform.Moderation.Application.Reports;
using ChatPlatform.Moderation.Application.Users;
using ChatPlatform.Moderation.Consumers;
using ChatPlatform.Moderation.Infrastructure;
using ChatPlatform.Moderation.Infrastructure.Peers;
using ChatPlatform.ServiceDefaults.Bus;
using ChatPlatform.ServiceDefaults.Data;
using ChatPlatform.ServiceDefaults.Outbox;
using ChatPlatform.ServiceDefaults.Problems;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Moderation.Extensions;

public static class Extensions
{
    public const string DatabaseName = "moderationdb";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;

        builder.AddServiceDatabase<ModerationDbContext>(DatabaseName, database => database.Context = options => options.UseSnakeCaseNamingConvention());

        builder.AddChatBus(bus =>
        {
            bus.AddConsumer<UserRegisteredConsumer>();
            bus.AddConsumer<ChatSessionCreatedConsumer>();
            bus.AddConsumer<ChatSessionClosedConsumer>();
            bus.AddConsumer<ParticipantAddedConsumer>();
            bus.AddConsumer<ParticipantRemovedConsumer>();
            bus.AddConsumer<MessageEditedConsumer>();
            bus.AddConsumer<MessageDeletedConsumer>();
            bus.AddConsumer<UserBlockedConsumer>();
            bus.AddConsumer<UserUnblockedConsumer>();
            bus.AddConsumer<SupportSessionAssignedConsumer>();
            bus.AddConsumer<SupportSessionTransferredConsumer>();
            bus.AddConsumer<UserRolesChangedConsumer>();
            bus.AddConsumer<LoginFailedConsumer>();
        });

        services.AddOptions<PeersOptions>()
            .BindConfiguration(PeersOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHttpClient<IdentityClient>((provider, http) =>
            http.BaseAddress = provider.GetRequiredService<IOptions<PeersOptions>>().Value.IdentityAddress);
        services.AddHttpClient<MessagesClient>((provider, http) =>
            http.BaseAddress = provider.GetRequiredService<IOptions<PeersOptions>>().Value.MessagesAddress);

        services.AddScoped<UserDirectory>();
        services.AddScoped<AuditWriter>();
        services.AddScoped<Blocking>();
        services.AddScoped<ReportDesk>();

        services.AddBadRequestProblems();
        return builder;
    }
}
