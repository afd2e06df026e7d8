using Microsoft.Extensions.Configuration;

namespace ChatPlatform.AppHost.Hosting;

/// <summary>The PostgreSQL server ChatPlatform uses, wherever it comes from; its databases are added through it.</summary>
public sealed class ChatPostgres(
    IDistributedApplicationBuilder builder,
    IResourceBuilder<IResourceWithConnectionString> server,
    Func<string, IResourceBuilder<IResourceWithConnectionString>> addDatabase)
{
    public IResourceBuilder<IResourceWithConnectionString> Server { get; } = server;

    /// <summary>Adds a database, or uses <c>ConnectionStrings:&lt;name&gt;</c> when configuration has it.</summary>
    public IResourceBuilder<IResourceWithConnectionString> AddDatabase(string name) =>
        builder.Configuration.GetConnectionString(name) is not null ? builder.AddConnectionString(name) : addDatabase(name);
}
