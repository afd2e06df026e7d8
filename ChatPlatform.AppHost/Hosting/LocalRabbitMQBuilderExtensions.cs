using System.Security.Cryptography;
using System.Text;
using RabbitMQ.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPlatform.AppHost.Hosting;

public static class LocalRabbitMQBuilderExtensions
{
    // Debian's /usr/sbin/rabbitmq-server switches user and HOME; the script inside the installation does not.
    private const string DebianInstallations = "/usr/lib/rabbitmq/lib";

    /// <summary>
    /// Adds a RabbitMQ node on 127.0.0.1, its data in <c>&lt;state&gt;/rabbitmq</c>, with its own node name
    /// and its own epmd (resource <c>&lt;name&gt;-epmd</c>), so nodes of other AppHosts never meet it.
    /// </summary>
    public static IResourceBuilder<LocalRabbitMQResource> AddLocalRabbitMQ(this IDistributedApplicationBuilder builder, string name)
    {
        var password = ParameterResourceBuilderExtensions.CreateDefaultPasswordParameter(builder, $"{name}-password", special: false);
        var files = new RabbitMQNodeFiles(builder.GetStateDirectory("rabbitmq"));
        var (command, arguments) = RabbitMQLaunch.For(FindServerScript());
        var rabbit = new LocalRabbitMQResource(name, command, files.Directory, password);

        // Erlang would otherwise start a detached epmd that outlives DCP.
        var epmd = builder.AddExecutable($"{name}-epmd", "epmd", builder.GetStateDirectory())
            .WithEndpoint(name: "tcp", scheme: "tcp", env: "ERL_EPMD_PORT", isProxied: false)
            .WithEnvironment("ERL_EPMD_ADDRESS", "127.0.0.1")
            .WithParentRelationship(rabbit);

        IConnection? connection = null;
        string? connectionString = null;
        var healthCheckKey = $"{name}_check";
        builder.Services.AddHealthChecks().AddRabbitMQ(
            async _ => connection ??= await new ConnectionFactory
            {
                Uri = new(connectionString ?? throw new InvalidOperationException($"{name} has no connection string yet.")),
            }.CreateConnectionAsync(),
            name: healthCheckKey);

        return builder.AddResource(rabbit)
            .WithArgs(arguments)
            .WithEndpoint(name: LocalRabbitMQResource.EndpointName, scheme: "tcp", env: "RABBITMQ_NODE_PORT", isProxied: false)
            .WithEndpoint(name: LocalRabbitMQResource.DistributionEndpointName, scheme: "tcp", env: "RABBITMQ_DIST_PORT", isProxied: false)
            .WithEnvironment("HOME", files.Home)
            .WithEnvironment("RABBITMQ_NODENAME", $"chatplatform-{NodeSuffix(files.Directory)}@localhost")
            .WithEnvironment("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1")
            .WithEnvironment("ERL_EPMD_ADDRESS", "127.0.0.1")
            .WithEnvironment("ERL_EPMD_PORT", epmd.GetEndpoint("tcp").Property(EndpointProperty.TargetPort))
            .WithEnvironment("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS", "-start_epmd false -kernel inet_dist_use_interface {127,0,0,1}")
            // Every Erlang VM the node's scripts start (the CLI tools on shutdown too) must not spawn a detached epmd.
            .WithEnvironment("ERL_FLAGS", "-start_epmd false")
            .WithEnvironment("RABBITMQ_MNESIA_BASE", files.Mnesia)
            .WithEnvironment("RABBITMQ_LOG_BASE", files.Logs)
            .WithEnvironment("RABBITMQ_LOGS", "-")
            .WithEnvironment("RABBITMQ_CONFIG_FILE", files.ConfigFile)
            .WithEnvironment("RABBITMQ_ENABLED_PLUGINS_FILE", files.EnabledPluginsFile)
            .WithIconName("MailMultiple")
            .WithHealthCheck(healthCheckKey)
            .WaitFor(epmd)
            .OnBeforeResourceStarted(async (_, _, ct) => files.Write(LocalRabbitMQResource.UserName, await password.GetValueAsync(ct) ?? ""))
            .OnConnectionStringAvailable(async (resource, _, ct) => connectionString = await resource.ConnectionStringExpression.GetValueAsync(ct));
    }

    private static string FindServerScript() =>
        (Directory.Exists(DebianInstallations) ? Directory.GetDirectories(DebianInstallations, "rabbitmq_server-*") : [])
            .Select(installation => Path.Combine(installation, "sbin", "rabbitmq-server"))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal)
            .LastOrDefault() ?? "rabbitmq-server";

    // Node names must be unique per machine; one state directory holds one node.
    private static string NodeSuffix(string directory) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(directory)))[..12];
}
