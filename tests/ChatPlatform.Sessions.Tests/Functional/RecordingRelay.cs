using ChatPlatform.ServiceDefaults.Outbox;

namespace ChatPlatform.Sessions.Tests.Functional;

/// <summary>Records what the outbox relayed, and whether the writer's transaction had committed when it did.</summary>
public sealed class RecordingRelay : ICommittedEventsRelay
{
    public List<object> Relayed { get; } = [];

    public Task RelayAsync(IReadOnlyList<object> events, CancellationToken cancellationToken)
    {
        Relayed.AddRange(events);
        return Task.CompletedTask;
    }
}
