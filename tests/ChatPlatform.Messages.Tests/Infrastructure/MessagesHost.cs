using ChatPlatform.Messages.Application;
using ChatPlatform.Messages.Application.History;
using ChatPlatform.Messages.Application.Membership;
using ChatPlatform.Messages.Application.ReadCursors;
using ChatPlatform.Messages.Application.Sending;
using ChatPlatform.Messages.Application.Summaries;
using ChatPlatform.Messages.Extensions;
using ChatPlatform.Messages.Rules;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Messages.Tests.Infrastructure;

/// <summary>
/// The Messages application services wired as in the service (Extensions.AddApplicationServices) over a real,
/// migrated PostgreSQL database, without the web host and the bus. Each scope is what one request or one
/// consumed message gets in the service.
/// </summary>
public sealed class MessagesHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private MessagesHost(ServiceProvider services, string connectionString)
    {
        _services = services;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    /// <summary>A fresh, migrated database.</summary>
    public static async Task<MessagesHost> StartAsync(PostgresServer server, ContentPolicyOptions? contentPolicy = null)
    {
        var host = Build(await server.CreateDatabaseAsync(), contentPolicy);
        await host.InScopeAsync(services => services.GetRequiredService<MessagesDbContext>().Database.MigrateAsync());
        return host;
    }

    /// <summary>A second instance over the same database with its own connection pool, as another replica.</summary>
    public static MessagesHost Attach(MessagesHost other, string replicaName) =>
        Build(other.ConnectionString + $";Application Name={replicaName}");

    private static MessagesHost Build(string connectionString, ContentPolicyOptions? contentPolicy = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<MessagesDbContext>(options => options.UseNpgsql(connectionString).UseSnakeCaseNamingConvention());
        services.AddSingleton(new OutboxSignal());
        services.AddSingleton<IOutboxFastLane, RecordingFastLane>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Options.Create(new SessionsOptions { ProjectionWait = TimeSpan.FromMilliseconds(300) }));
        services.AddScoped<MessageWriter>();
        services.AddScoped<MessageSender>();
        services.AddScoped<SessionAccessResolver>();
        services.AddScoped<MembershipProjection>();
        services.AddScoped<HistoryReader>();
        services.AddScoped<ReadCursorService>();
        services.AddScoped<SummaryReader>();
        services.AddScoped<InboxTransaction>();
        services.AddScoped<SystemMessagePoster>();
        services.AddSingleton(Options.Create(contentPolicy ?? new ContentPolicyOptions()));
        services.AddRichMessagingServices();
        services.AddScoped<ChatPlatform.Messages.Application.Attachments.MessageAttachmentResolver>();
        return new MessagesHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }), connectionString);
    }

    /// <summary>Runs <paramref name="work"/> with a fresh scope, as one request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>A scope the caller keeps open (to hold a transaction across other work).</summary>
    public AsyncServiceScope CreateScope() => _services.CreateAsyncScope();

    public Task InScopeAsync(Func<IServiceProvider, Task> work) =>
        InScopeAsync<bool>(async services => { await work(services); return true; });

    /// <summary>A session with the given members, as ChatSessionCreated would project it.</summary>
    public Task<Guid> CreateSessionAsync(params Guid[] members) => InScopeAsync(async services =>
    {
        var sessionId = Guid.CreateVersion7();
        var projection = services.GetRequiredService<MembershipProjection>();
        await projection.UpsertSessionAsync(sessionId, "group", closedAt: null, DateTimeOffset.UtcNow, CancellationToken.None);
        await projection.SetMembersAsync(sessionId, members, active: true, DateTimeOffset.UtcNow, CancellationToken.None);
        return sessionId;
    });

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
