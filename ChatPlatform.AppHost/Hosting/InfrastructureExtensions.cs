using Microsoft.Extensions.Configuration;

namespace ChatPlatform.AppHost.Hosting;

/// <summary>
/// Where ChatPlatform's infrastructure comes from, decided in one place, in this order:
/// a <c>ConnectionStrings:&lt;name&gt;</c> in configuration (nothing is started), containers when publishing
/// or when a Docker daemon answers, otherwise servers run from the machine's own binaries.
/// On shutdown the infrastructure outlives the projects that use it.
/// </summary>
public static class InfrastructureExtensions
{
    public static ChatPostgres AddChatPostgres(this IDistributedApplicationBuilder builder, string name)
    {
        builder.UseOrderlyShutdown();
        if (HasConnectionString(builder, name))
        {
            var external = builder.AddConnectionString(name);
            return new(builder, external, database => builder.AddConnectionString(database, ReferenceExpression.Create($"{external.Resource};Database={database}")));
        }

        if (UseContainers(builder))
        {
            var container = builder.AddPostgres(name);
            return new(builder, container, database => container.AddDatabase(database));
        }

        var local = builder.AddLocalPostgres(name);
        return new(builder, local, database => local.AddDatabase(database));
    }

    public static IResourceBuilder<IResourceWithConnectionString> AddChatRedis(this IDistributedApplicationBuilder builder, string name)
    {
        builder.UseOrderlyShutdown();
        return HasConnectionString(builder, name) ? builder.AddConnectionString(name)
            : UseContainers(builder) ? builder.AddRedis(name)
            : builder.AddLocalRedis(name);
    }

    public static IResourceBuilder<IResourceWithConnectionString> AddChatRabbitMQ(this IDistributedApplicationBuilder builder, string name)
    {
        builder.UseOrderlyShutdown();
        return HasConnectionString(builder, name) ? builder.AddConnectionString(name)
            : UseContainers(builder) ? builder.AddRabbitMQ(name)
            : builder.AddLocalRabbitMQ(name);
    }

    private static bool HasConnectionString(IDistributedApplicationBuilder builder, string name) =>
        builder.Configuration.GetConnectionString(name) is not null;

    private static bool UseContainers(IDistributedApplicationBuilder builder) =>
        builder.ExecutionContext.IsPublishMode || ContainerRuntime.IsAvailable;
}
