using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPlatform.ServiceDefaults.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// The transactional outbox for <typeparamref name="TContext"/>: a commit interceptor and the background
    /// dispatcher. Register after the DbContext itself (for example after <c>AddNpgsqlDbContext</c>).
    /// </summary>
    public static IServiceCollection AddOutbox<TContext>(this IServiceCollection services)
        where TContext : DbContext, IOutboxDbContext
    {
        var signal = new OutboxSignal();
        services.AddSingleton(signal);
        services.ConfigureDbContext<TContext>(options => options.AddInterceptors(new OutboxCommitInterceptor(signal)));
        services.AddHostedService<OutboxDispatcher<TContext>>();
        return services;
    }
}
