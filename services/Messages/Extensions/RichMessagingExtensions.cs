using ChatPlatform.Messages.Application;
using ChatPlatform.Messages.Application.Blocks;
using ChatPlatform.Messages.Application.Editing;
using ChatPlatform.Messages.Application.Reactions;
using ChatPlatform.Messages.Application.Search;
using ChatPlatform.Messages.Consumers;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Rules;
using MassTransit;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Messages.Extensions;

/// <summary>Blocking, content policy, edits, deletes, reactions, mentions, search and support system messages.</summary>
public static class RichMessagingExtensions
{
    public static IHostApplicationBuilder AddRichMessaging(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ContentPolicyOptions>()
            .BindConfiguration(ContentPolicyOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(options => options.IsValid(), "Every ContentPolicy:BannedTerms entry needs a Term and an Action of reject or mask.")
            .ValidateOnStart();
        builder.Services.AddRichMessagingServices();
        return builder;
    }

    /// <summary>The scoped services, also used by the functional tests' host.</summary>
    public static IServiceCollection AddRichMessagingServices(this IServiceCollection services)
    {
        services.AddSingleton(provider => new ContentPolicy(provider.GetRequiredService<IOptions<ContentPolicyOptions>>().Value));
        services.AddScoped<BlockProjection>();
        services.AddScoped<BlockReader>();
        services.AddScoped<UserDirectory>();
        services.AddScoped<MentionResolver>();
        services.AddScoped<ReactionReader>();
        services.AddScoped<MessageLookup>();
        services.AddScoped<MessageEditor>();
        services.AddScoped<MessageDeleter>();
        services.AddScoped<ReactionService>();
        services.AddScoped<SearchReader>();
        return services;
    }

    public static void AddRichMessagingConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<UserBlockedConsumer>();
        bus.AddConsumer<UserUnblockedConsumer>();
        bus.AddConsumer<UserRegisteredConsumer>();
        bus.AddConsumer<SupportSessionAssignedConsumer>();
        bus.AddConsumer<SupportSessionTransferredConsumer>();
    }
}
