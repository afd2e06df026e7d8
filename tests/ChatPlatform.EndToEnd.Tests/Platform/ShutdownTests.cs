using System.Diagnostics;
using ChatPlatform.EndToEnd.Tests.Infrastructure;

namespace ChatPlatform.EndToEnd.Tests.Platform;

/// <summary>
/// Stopping the AppHost leaves nothing behind: no postgres, beam.smp, epmd, redis-server or service process.
/// Runs in the platform collection so it never competes with the shared platform's tests for the two cores.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ShutdownTests
{
    [Fact]
    public async Task Sigterm_to_the_process_group_stops_everything_within_15_seconds()
    {
        await using var host = await AppHostProcess.StartAsync();
        var processes = host.ProcessesNow();
        Assert.Contains(processes, pid => CommandOf(pid).Contains("postgres", StringComparison.Ordinal));
        Assert.Contains(processes, pid => CommandOf(pid).Contains("redis-server", StringComparison.Ordinal));
        Assert.Contains(processes, pid => CommandOf(pid).Contains("beam.smp", StringComparison.Ordinal));
        Assert.Contains(processes, pid => CommandOf(pid).Contains("ChatPlatform.Identity", StringComparison.Ordinal));

        var stopwatch = Stopwatch.StartNew();
        AppHostProcess.Signal("TERM", $"-{host.SessionLeaderPid}");
        var leftovers = await WaitUntilGoneAsync(processes, host.StateDir, TimeSpan.FromSeconds(15));

        Assert.True(leftovers.Count == 0, $"Still running after {stopwatch.Elapsed}: {string.Join("; ", leftovers)}");
    }

    [Fact]
    public async Task Sigkill_of_the_apphost_alone_still_leaves_no_process_behind()
    {
        await using var host = await AppHostProcess.StartAsync();
        var processes = host.ProcessesNow();

        AppHostProcess.Signal("KILL", host.AppHostPid().ToString());
        var leftovers = await WaitUntilGoneAsync(processes, host.StateDir, TimeSpan.FromSeconds(30));

        Assert.True(leftovers.Count == 0, $"Still running: {string.Join("; ", leftovers)}");
    }

    private static async Task<IReadOnlyList<string>> WaitUntilGoneAsync(IReadOnlySet<int> processes, string stateDir, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            var leftovers = ProcessTree.LiveCommandLines(processes).Concat(ProcessTree.ProcessesMentioning(stateDir)).Distinct().ToList();
            if (leftovers.Count == 0 || DateTime.UtcNow > deadline)
            {
                return leftovers;
            }
            await Task.Delay(250);
        }
    }

    private static string CommandOf(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }
}
