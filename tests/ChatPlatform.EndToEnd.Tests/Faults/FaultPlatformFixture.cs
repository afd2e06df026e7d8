using Aspire.Hosting.ApplicationModel;
using ChatPlatform.EndToEnd.Tests.Infrastructure;
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
