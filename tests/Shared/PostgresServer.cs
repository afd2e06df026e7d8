using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ChatPlatform.Tests.Shared;

/// <summary>
/// A throwaway PostgreSQL server for the test run (ASPIRE.md: initdb + postgres from /usr/lib/postgresql/N/bin,
/// run as the postgres user through setpriv when the tests run as root, fsync off). Shared by the functional tests of
/// every service: as an xUnit fixture, or started by hand with <see cref="StartAsync"/>. Each test class gets a fresh
/// database from <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private static readonly string BinDirectory = FindBinDirectory();
    private const string Password = "chatplatform-tests";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "chatplatform-tests-pg-" + Guid.NewGuid().ToString("N")[..8]);
    private Process? _server;
    private int _port;

    /// <summary>A started server, for fixtures that are not xUnit's (dispose it when done).</summary>
    public static async Task<PostgresServer> StartAsync()
    {
        var server = new PostgresServer();
        await server.InitializeAsync();
        return server;
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        var data = Path.Combine(_root, "data");
        var passwordFile = Path.Combine(_root, "pw");
        await File.WriteAllTextAsync(passwordFile, Password);
        Chown(_root);

        await RunToEndAsync(Command("initdb", "-D", data, "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8",
            $"--pwfile={passwordFile}", "--auth-local=trust", "--auth-host=scram-sha-256"));

        _port = FreePort();
        _server = Process.Start(Command("postgres", "-D", data, "-p", _port.ToString(), "-k", _root, "-h", "127.0.0.1",
            "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=200"))!;
        _server.OutputDataReceived += (_, _) => { };
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        await WaitUntilReadyAsync();
    }

    /// <summary>A new empty database (named <paramref name="name"/>, or a fresh name) and its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string? name = null)
    {
        name ??= "test_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={_port};Username=postgres;Password={Password};Database={database};Maximum Pool Size=60";

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
                await connection.OpenAsync();
                return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline && _server is { HasExited: false })
            {
                await Task.Delay(100);
            }
        }
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_server is { HasExited: false })
        {
            // SIGINT is PostgreSQL's fast shutdown; the default SIGTERM would wait for every pooled client.
            Process.Start("kill", ["-INT", _server.Id.ToString()])?.WaitForExit();
            if (!_server.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                _server.Kill();
            }
        }
        _server?.Dispose();
        await Task.Run(() => Directory.Delete(_root, recursive: true));
    }

    private static bool IsRoot => Environment.UserName == "root";

    /// <summary>The newest installed server (Debian puts each major version under /usr/lib/postgresql/N/bin).</summary>
    private static string FindBinDirectory() =>
        (Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql") : [])
            .Select(version => Path.Combine(version, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "postgres")))
            .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
            .FirstOrDefault()
        ?? throw new InvalidOperationException("PostgreSQL server binaries are missing: run scripts/install-prerequisites.sh.");

    private static ProcessStartInfo Command(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo
        {
            FileName = IsRoot ? "setpriv" : Path.Combine(BinDirectory, program),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (IsRoot)
        {
            foreach (var argument in new[] { "--reuid=postgres", "--regid=postgres", "--init-groups", Path.Combine(BinDirectory, program) })
            {
                start.ArgumentList.Add(argument);
            }
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        return start;
    }

    private static async Task RunToEndAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{start.FileName} failed: {await output}{await error}");
        }
    }

    private static void Chown(string path)
    {
        if (IsRoot)
        {
            Process.Start("chown", ["-R", "postgres:postgres", path])!.WaitForExit();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
