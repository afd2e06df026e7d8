using Aspire.Hosting.ApplicationModel;
using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using ChatPlatform.EndToEnd.Tests.Sessions;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPlatform.EndToEnd.Tests.Faults;

/// <summary>
/// A second whole platform, of its own, for tests that stop and start its parts: the shared platform of the other
/// tests is never touched. Stopping goes through the AppHost's own resource commands, as a developer would from the
/// dashboard.
/// </summary>
public sealed class FaultPlatformFixture : PlatformFixture
{
    private static readonly string[] StoppedStates = [KnownResourceStates.Exited, KnownResourceStates.Finished, KnownResourceStates.FailedToStart];

    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Stops every replica of <paramref name="name"/> and waits until none runs.</summary>
    public async Task StopAsync(string name)
    {
        using var cancellation = new CancellationTokenSource(CommandTimeout);
        var result = await App.Services.GetRequiredService<ResourceCommandService>()
            .ExecuteCommandAsync(Resource(name), KnownResourceCommands.StopCommand, cancellation.Token);
        Assert.True(result.Success, $"Stopping {name}: {result.Message}");
        await WaitForEveryReplicaAsync(name, state => StoppedStates.Contains(state), cancellation.Token);
    }

    /// <summary>Starts every replica of <paramref name="name"/> again and waits until it is healthy.</summary>
    public async Task StartAsync(string name)
    {
        using var cancellation = new CancellationTokenSource(CommandTimeout);
        var result = await App.Services.GetRequiredService<ResourceCommandService>()
            .ExecuteCommandAsync(Resource(name), KnownResourceCommands.StartCommand, cancellation.Token);
        Assert.True(result.Success, $"Starting {name}: {result.Message}");
        await WaitForEveryReplicaAsync(name, state => state == KnownResourceStates.Running, cancellation.Token);
        await App.ResourceNotifications.WaitForResourceHealthyAsync(name, cancellation.Token);
        await WaitUntilServingAsync(name, cancellation.Token);
    }

    /// <summary>
    /// Healthy is not yet serving as a client sees it: the gateway learns a restarted replica's new address from the
    /// replica directory within a couple of seconds, and after a PostgreSQL restart each service's pooled connections
    /// fail once before they are replaced; meanwhile clients get 503 with Retry-After, as documented. The next test
    /// starts once a user can sign up, open a session and send to it again.
    /// </summary>
    private async Task WaitUntilServingAsync(string name, CancellationToken cancellationToken)
    {
        Exception? last = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var probe = await TestUser.RegisterAsync(this, "probe");
                var session = await probe.CreateSessionAsync($"after {name} came back", "group");
                await probe.SendAsync(session.Id(), "serving again");
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                last = exception;
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
        }
        throw new TimeoutException($"The platform did not serve again after {name} came back.", last);
    }

    private IResource Resource(string name) =>
        App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(resource => resource.Name == name);

    private async Task WaitForEveryReplicaAsync(string name, Func<string?, bool> reached, CancellationToken cancellationToken)
    {
        var replicas = Resource(name).TryGetLastAnnotation<ReplicaAnnotation>(out var replica) ? replica.Replicas : 1;
        var states = new Dictionary<string, string?>();
        await foreach (var change in App.ResourceNotifications.WatchAsync(cancellationToken))
        {
            if (change.Resource.Name != name)
            {
                continue;
            }
            states[change.ResourceId] = change.Snapshot.State?.Text;
            if (states.Count >= replicas && states.Values.All(reached))
            {
                return;
            }
        }
    }
}
