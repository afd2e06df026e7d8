using System.Diagnostics;
using Npgsql;

namespace ChatPlatform.Identity.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster in a temporary directory on a free port, durability off (tests only). As root it
/// runs as the <c>postgres</c> user through setpriv, as PostgreSQL refuses to run as root.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly Process _server;
    private readonly DirectoryInfo _root;

    private PostgresServer(Process server, DirectoryInfo root, int port)
    {
        _server = server;
        _root = root;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres;Pooling=true;Include Error Detail=true";

    public static async Task<PostgresServer> StartAsync()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Order().Select(d => Path.Combine(d, "bin")).LastOrDefault(d => File.Exists(Path.Combine(d, "postgres")))
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException("PostgreSQL server binaries are missing: run scripts/install-prerequisites.sh.");
        }

        var root = Directory.CreateTempSubdirectory("identity-tests-pg-");
        var data = Path.Combine(root.FullName, "data");
        string[] asPostgres = ExternalProcess.IsRoot ? ["--reuid=postgres", "--regid=postgres", "--init-groups"] : [];
        if (ExternalProcess.IsRoot)
        {
            await ExternalProcess.RunAsync("chown", ["postgres:postgres", root.FullName]);
        }
        async Task Run(string tool, params string[] arguments) => await (ExternalProcess.IsRoot
            ? ExternalProcess.RunAsync("setpriv", [.. asPostgres, Path.Combine(bin, tool), .. arguments])
            : ExternalProcess.RunAsync(Path.Combine(bin, tool), arguments));

        await Run("initdb", "-D", data, "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--auth=trust");
        var port = ExternalProcess.FreePort();
        string[] serverArguments =
        [
            Path.Combine(bin, "postgres"), "-D", data, "-p", port.ToString(), "-k", root.FullName,
            "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
            "-c", "max_connections=200",
        ];
        var server = ExternalProcess.IsRoot
            ? ExternalProcess.StartServer("setpriv", [.. asPostgres, .. serverArguments])
            : ExternalProcess.StartServer(serverArguments[0], serverArguments[1..]);
        var postgres = new PostgresServer(server, root, port);
        await ExternalProcess.WaitForPortAsync(port, server, TimeSpan.FromSeconds(30), "PostgreSQL");
        await postgres.WaitUntilAcceptingQueriesAsync();
        return postgres;
    }

    public async Task CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task WaitUntilAcceptingQueriesAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
                await connection.OpenAsync();
                return;
            }
            catch (NpgsqlException) when (attempt < 100)
            {
                // "the database system is starting up"
                await Task.Delay(100);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExternalProcess.StopAsync(_server, "INT", TimeSpan.FromSeconds(10));
        _server.Dispose();
        _root.Delete(recursive: true);
    }
}
