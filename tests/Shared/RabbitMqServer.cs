using System.Diagnostics;

namespace ChatPlatform.Tests.Shared;

/// <summary>
/// A throwaway RabbitMQ node (and its own epmd) in a temporary directory on free ports, as ASPIRE.md describes;
/// guest/guest may connect from loopback.
/// </summary>
public sealed class RabbitMqServer : IAsyncDisposable
{
    private const string ServerScript = "sbin/rabbitmq-server";
    private readonly Process _epmd;
    private readonly Process _server;
    private readonly DirectoryInfo _root;

    private RabbitMqServer(Process epmd, Process server, DirectoryInfo root, int port)
    {
        _epmd = epmd;
        _server = server;
        _root = root;
        Port = port;
    }

    public int Port { get; }

    public Uri Address => new($"amqp://guest:guest@127.0.0.1:{Port}");

    public static async Task<RabbitMqServer> StartAsync()
    {
        var script = Directory.Exists("/usr/lib/rabbitmq/lib")
            ? Directory.GetDirectories("/usr/lib/rabbitmq/lib", "rabbitmq_server-*").Order().Select(d => Path.Combine(d, ServerScript)).LastOrDefault(File.Exists)
            : null;
        if (script is null)
        {
            throw new InvalidOperationException("RabbitMQ server is missing: install rabbitmq-server (scripts/install-prerequisites.sh).");
        }

        var root = Directory.CreateTempSubdirectory("chatplatform-tests-rabbit-");
        var home = Directory.CreateDirectory(Path.Combine(root.FullName, "home")).FullName;
        var cookie = Path.Combine(home, ".erlang.cookie");
        await File.WriteAllTextAsync(cookie, Guid.NewGuid().ToString("N"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(cookie, UnixFileMode.UserRead);
        }
        var config = Path.Combine(root.FullName, "rabbitmq");
        await File.WriteAllTextAsync(config + ".conf", "default_user = guest\ndefault_pass = guest\nloopback_users = none\n");
        var plugins = Path.Combine(root.FullName, "enabled_plugins");
        await File.WriteAllTextAsync(plugins, "[].");

        var (port, distributionPort, epmdPort) = (ExternalProcess.FreePort(), ExternalProcess.FreePort(), ExternalProcess.FreePort());
        // Our own epmd, listening before the node starts, so Erlang does not spawn a daemon that outlives the tests.
        var epmd = ExternalProcess.StartServer("epmd", ["-port", epmdPort.ToString(), "-address", "127.0.0.1"]);
        await ExternalProcess.WaitForPortAsync(epmdPort, epmd, TimeSpan.FromSeconds(10), "epmd");
        var server = ExternalProcess.StartServer(script, [], new Dictionary<string, string>
        {
            ["HOME"] = home,
            ["RABBITMQ_NODENAME"] = $"chatplatform-tests-{port}@localhost",
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = port.ToString(),
            ["RABBITMQ_DIST_PORT"] = distributionPort.ToString(),
            ["ERL_EPMD_PORT"] = epmdPort.ToString(),
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(root.FullName, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(root.FullName, "log"),
            ["RABBITMQ_LOGS"] = Path.Combine(root.FullName, "rabbit.log"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = plugins,
            ["RABBITMQ_CONFIG_FILE"] = config,
        });
        var rabbit = new RabbitMqServer(epmd, server, root, port);
        try
        {
            await ExternalProcess.WaitForPortAsync(port, server, TimeSpan.FromSeconds(60), "RabbitMQ");
        }
        catch
        {
            await rabbit.DisposeAsync();
            throw;
        }
        return rabbit;
    }

    public async ValueTask DisposeAsync()
    {
        await ExternalProcess.StopAsync(_server, "TERM", TimeSpan.FromSeconds(15));
        await ExternalProcess.StopAsync(_epmd, "TERM", TimeSpan.FromSeconds(5));
        _server.Dispose();
        _epmd.Dispose();
        _root.Delete(recursive: true);
    }
}
