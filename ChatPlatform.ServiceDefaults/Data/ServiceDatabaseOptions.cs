using ChatPlatform.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.ServiceDefaults.Data;

/// <summary>What differs between the services' databases (<see cref="ServiceDatabaseExtensions.AddServiceDatabase{TContext}"/>).</summary>
public sealed class ServiceDatabaseOptions<TContext> where TContext : DbContext
{
    /// <summary>Extra context options, e.g. the naming convention of the service's tables.</summary>
    public Action<DbContextOptionsBuilder>? Context { get; set; }

    /// <summary>Npgsql prepares the hottest statements itself (Messages' send path).</summary>
    public bool AutoPrepareStatements { get; set; }

    /// <summary>Runs after the migrations, under the same lock (Identity's seed accounts).</summary>
    public Func<TContext, IServiceProvider, Task>? Seed { get; set; }

    /// <summary>The outbox's fast lane, combiners and relay, where the service uses them.</summary>
    public Action<OutboxOptions>? Outbox { get; set; }
}
