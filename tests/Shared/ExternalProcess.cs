using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ChatPlatform.Tests.Shared;

/// <summary>Small helpers for running the real database and broker servers the functional tests use.</summary>
internal static class ExternalProcess
{
    public static async Task RunAsync(string fileName, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        using var process = Start(fileName, arguments, environment);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} exited with {process.ExitCode}: {await output}{await error}");
        }
    }

    /// <summary>Starts a long-running server with its console output discarded (the servers keep their own logs).</summary>
    public static Process StartServer(string fileName, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        var process = Start(fileName, arguments, environment);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static Process Start(string fileName, IEnumerable<string> arguments, IDictionary<string, string>? environment)
    {
        var info = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }
        return Process.Start(info) ?? throw new InvalidOperationException($"{fileName} did not start.");
    }

    /// <summary>Asks a server to stop with a signal (SIGINT is PostgreSQL's fast shutdown), then waits for it.</summary>
    public static async Task StopAsync(Process process, string signal, TimeSpan timeout)
    {
        if (process.HasExited)
        {
            return;
        }
        await RunAsync("kill", [$"-{signal}", process.Id.ToString()]);
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task WaitForPortAsync(int port, Process server, TimeSpan timeout, string name)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"{name} exited with {server.ExitCode} while starting.");
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"{name} did not listen on port {port} within {timeout}.");
    }

    public static bool IsRoot => Environment.UserName == "root";
}
