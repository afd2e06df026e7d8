using System.Diagnostics;

namespace ChatPlatform.Tests.Shared;

/// <summary>
/// A throwaway Redis server (no persistence) on a free loopback port, one per test process, started on first use and
/// killed when the process exits.
/// </summary>
public sealed class RedisServer
{
    private static readonly Lazy<Task<RedisServer>> SharedServer = new(StartAsync);

    private RedisServer(int port) => Port = port;

    public int Port { get; }

    /// <summary>A StackExchange.Redis connection string for this server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public static Task<RedisServer> SharedAsync() => SharedServer.Value;

    private static async Task<RedisServer> StartAsync()
    {
        var root = Directory.CreateTempSubdirectory("chatplatform-tests-redis-");
        var port = ExternalProcess.FreePort();
        var server = ExternalProcess.StartServer("redis-server",
            ["--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", root.FullName]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(server, root);
        await ExternalProcess.WaitForPortAsync(port, server, TimeSpan.FromSeconds(20), "Redis");
        return new RedisServer(port);
    }

    private static void Stop(Process server, DirectoryInfo root)
    {
        if (!server.HasExited)
        {
            server.Kill();
            server.WaitForExit(5000);
        }
        root.Delete(recursive: true);
    }
}
