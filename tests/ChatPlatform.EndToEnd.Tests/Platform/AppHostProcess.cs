using System.Diagnostics;
using ChatPlatform.EndToEnd.Tests.Infrastructure;

namespace ChatPlatform.EndToEnd.Tests.Platform;

/// <summary>
/// The AppHost started the way a developer starts it (<c>dotnet run --project ChatPlatform.AppHost</c>), in its own
/// session and process group, with its own state dir and ports, so a test can stop it with signals.
/// </summary>
internal sealed class AppHostProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(4);
    private readonly Process _process;
    private readonly TaskCompletionSource<string> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppHostProcess(Process process, string stateDir, string marker)
    {
        Marker = marker;
        _process = process;
        StateDir = stateDir;
    }

    public string StateDir { get; }

    /// <summary>An environment variable value only this AppHost and what it starts carry.</summary>
    public string Marker { get; }
    public int SessionLeaderPid => _process.Id;

    public static async Task<AppHostProcess> StartAsync()
    {
        var stateDir = Directory.CreateTempSubdirectory("chatplatform-shutdown-").FullName;
        var projectPath = Projects.ChatPlatform_AppHost.ProjectPath;
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var start = new ProcessStartInfo("setsid")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var marker = $"chatplatform-shutdown-{Guid.NewGuid():N}";
        start.Environment["CHATPLATFORM_TEST_MARKER"] = marker;
        foreach (var argument in new[]
                 {
                     "dotnet", "run", "--no-build", "-c", configuration, "--project", projectPath, "--",
                     "--state-dir", stateDir,
                     "--gateway-port", FreePort.Next().ToString(),
                     "--dashboard-port", FreePort.Next().ToString(),
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var host = new AppHostProcess(Process.Start(start)!, stateDir, marker);
        host._process.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.StartsWith("ChatPlatform is ready:", StringComparison.Ordinal) == true)
            {
                host._ready.TrySetResult(line.Data);
            }
        };
        host._process.ErrorDataReceived += (_, _) => { };
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        host._process.EnableRaisingEvents = true;
        host._process.Exited += (_, _) => host._ready.TrySetException(new InvalidOperationException("The AppHost exited before it was ready."));

        await host._ready.Task.WaitAsync(ReadyTimeout);
        return host;
    }

    /// <summary>
    /// Every process of this AppHost: those that inherited its environment (dotnet run, the AppHost, DCP), the
    /// servers and services DCP watches over with its monitors, and all their descendants.
    /// </summary>
    public IReadOnlySet<int> ProcessesNow()
    {
        var roots = ProcessTree.WithEnvironmentMarker(Marker).Append(SessionLeaderPid).ToHashSet();
        roots.UnionWith(ProcessTree.MonitoredChildren(roots));
        return roots.SelectMany(pid => ProcessTree.DescendantsOf(pid).Append(pid)).ToHashSet();
    }

    public int AppHostPid() =>
        ProcessTree.DescendantsOf(SessionLeaderPid)
            .Single(pid => File.ReadAllText($"/proc/{pid}/cmdline").Split('\0')[0].EndsWith("ChatPlatform.AppHost", StringComparison.Ordinal)
                || File.ReadAllText($"/proc/{pid}/cmdline").Split('\0').Skip(1).FirstOrDefault()?.EndsWith("ChatPlatform.AppHost.dll", StringComparison.Ordinal) == true);

    public static void Signal(string signal, string target) =>
        Process.Start(new ProcessStartInfo("kill", ["-s", signal, "--", target]) { UseShellExecute = false })!.WaitForExit();

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Signal("KILL", $"-{SessionLeaderPid}");
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(StateDir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
