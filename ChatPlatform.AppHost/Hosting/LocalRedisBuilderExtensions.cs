using Microsoft.Extensions.DependencyInjection;

namespace ChatPlatform.AppHost.Hosting;

public static class LocalRedisBuilderExtensions
{
    /// <summary>Adds a Redis server on 127.0.0.1 with a password, its data in <c>&lt;state&gt;/redis</c>.</summary>
    public static IResourceBuilder<LocalRedisResource> AddLocalRedis(this IDistributedApplicationBuilder builder, string name)
    {
        var password = ParameterResourceBuilderExtensions.CreateDefaultPasswordParameter(builder, $"{name}-password", special: false);
        var dataDirectory = builder.GetStateDirectory("redis");
        var configFile = Path.Combine(dataDirectory, "redis.conf");
        var persistent = !builder.IsEphemeral();
        var redis = new LocalRedisResource(name, dataDirectory, password);

        string? connectionString = null;
        var healthCheckKey = $"{name}_check";
        builder.Services.AddHealthChecks().AddRedis(
            _ => connectionString ?? throw new InvalidOperationException($"{name} has no connection string yet."),
            name: healthCheckKey);

        return builder.AddResource(redis)
            .WithEndpoint(name: LocalRedisResource.EndpointName, scheme: "tcp", isProxied: false)
            .WithArgs(context =>
            {
                context.Args.Add(configFile);
                context.Args.Add("--port");
                context.Args.Add(redis.Endpoint.Property(EndpointProperty.TargetPort));
            })
            .WithIconName("Memory")
            .WithHealthCheck(healthCheckKey)
            .OnBeforeResourceStarted(async (_, _, ct) =>
            {
                Directory.CreateDirectory(dataDirectory);
                // The password goes in a private file rather than on the command line, where ps shows it.
                var requirePass = await password.GetValueAsync(ct);
                StateFiles.WritePrivate(configFile, $"""
                    bind 127.0.0.1
                    dir "{dataDirectory}"
                    requirepass "{requirePass}"
                    appendonly no
                    {(persistent ? "" : "save \"\"")}
                    """);
            })
            .OnConnectionStringAvailable(async (resource, _, ct) => connectionString = await resource.ConnectionStringExpression.GetValueAsync(ct));
    }
}
