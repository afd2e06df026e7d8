namespace ChatPlatform.Bench.Load;

/// <summary>One socket of the measured load: the bench's own client or the SDK's connection.</summary>
public interface ILoadClient : IAsyncDisposable
{
    int Index { get; }

    int Room { get; }

    ClientStats Stats { get; }

    /// <summary>Recipients of each message this client sends (connected members of its room, itself included).</summary>
    int Recipients { get; set; }

    bool IsOpen { get; }

    string? ConnectError { get; }

    Task<bool> ConnectAsync(TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>Sends one chat frame stamped with the current time; false when the send failed.</summary>
    Task<bool> SendAsync(RunCounters counters);
}
