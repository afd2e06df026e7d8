namespace ChatPlatform.ServiceDefaults.Outbox;

/// <summary>
/// Hands events to a peer directly as the change that wrote them commits (<see cref="OutboxOptions.RelayOnCommit{TRelay}"/>),
/// so the peer knows of the change before the caller gets its answer. Best effort: the outbox publishes the same
/// events as always, so the peer must apply them idempotently, and a relay must not throw.
/// </summary>
public interface ICommittedEventsRelay
{
    Task RelayAsync(IReadOnlyList<object> events, CancellationToken cancellationToken);
}
