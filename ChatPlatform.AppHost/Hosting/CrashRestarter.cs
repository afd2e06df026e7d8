using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatPlatform.AppHost.Hosting;

/// <summary>
/// Starts again any resource whose process ended by itself with a failure (a crash, a SIGKILL, the OOM killer): the
/// local run's equivalent of Kubernetes' <c>restartPolicy</c>. A resource stopped on purpose (the dashboard's Stop, a
/// stop command, the AppHost shutting down) exits cleanly, or passes through Stopping, and stays stopped. While a resource keeps ending,
/// restarts back off 1, 2, 4 ... 30 s, as Kubernetes' CrashLoopBackOff does; a minute of running resets that.
/// </summary>
internal sealed partial class CrashRestarter(
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<CrashRestarter> logger) : BackgroundService
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StableAfter = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, Instance> _instances = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var change in notifications.WatchAsync(stoppingToken))
            {
                if (!_instances.TryGetValue(change.ResourceId, out var instance))
                {
                    instance = _instances[change.ResourceId] = new Instance();
                }
                var state = change.Snapshot.State?.Text;
                var previous = instance.State;
                instance.State = state;
                var now = time.GetUtcNow();
                if (state == KnownResourceStates.Running && previous != KnownResourceStates.Running)
                {
                    instance.RunningSince = now;
                }
                if (state != previous && EndedByItself(state, previous, change.Snapshot.ExitCode) && !lifetime.ApplicationStopping.IsCancellationRequested)
                {
                    var delay = instance.NextDelay(now);
                    LogRestarting(logger, change.ResourceId, change.Snapshot.ExitCode, delay.TotalSeconds);
                    _ = RestartAsync(change.ResourceId, instance, delay, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// Ended with a failure exit code (a crash, or 137 after SIGKILL) without being asked to stop: a stop on purpose
    /// passes through Stopping and ends with 0 (the services drain and exit cleanly on SIGTERM).
    /// </summary>
    private static bool EndedByItself(string? state, string? previous, int? exitCode) =>
        (state == KnownResourceStates.Exited || state == KnownResourceStates.Finished)
        && previous != KnownResourceStates.Stopping
        && exitCode is { } code && code != 0;

    /// <summary>
    /// Starts the resource again after <paramref name="delay"/>, and keeps trying, backing off, while the start fails:
    /// a service killed together with what it waits for (a Messages replica and RabbitMQ) cannot start while its
    /// dependency is still down ("stopped waiting for dependency ... Finished"), and must not stay down for it.
    /// </summary>
    private async Task RestartAsync(string resourceId, Instance instance, TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(delay, time, stoppingToken);
                if (lifetime.ApplicationStopping.IsCancellationRequested)
                {
                    return;
                }
                var result = await commands.ExecuteCommandAsync(resourceId, KnownResourceCommands.StartCommand, stoppingToken);
                if (result.Success)
                {
                    return;
                }
                delay = instance.NextDelay(time.GetUtcNow());
                LogRestartFailed(logger, resourceId, result.Message, delay.TotalSeconds);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private sealed class Instance
    {
        private readonly Lock _gate = new();
        private TimeSpan _delay = TimeSpan.Zero;

        public string? State { get; set; }

        public DateTimeOffset RunningSince { get; set; }

        public TimeSpan NextDelay(DateTimeOffset now)
        {
            lock (_gate)
            {
                _delay = now - RunningSince >= StableAfter || _delay == TimeSpan.Zero
                    ? FirstDelay
                    : TimeSpan.FromTicks(Math.Min(_delay.Ticks * 2, MaxDelay.Ticks));
                return _delay;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{ResourceId} ended by itself (exit code {ExitCode}); starting it again in {DelaySeconds} s")]
    private static partial void LogRestarting(ILogger logger, string resourceId, int? exitCode, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{ResourceId} could not be started again ({Message}); trying again in {DelaySeconds} s")]
    private static partial void LogRestartFailed(ILogger logger, string resourceId, string? message, double delaySeconds);
}
