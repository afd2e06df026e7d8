namespace ChatPlatform.Presence.Application.Delivery;

/// <summary>Where a subscription's frames go: one socket's bounded send queue.</summary>
public interface IFrameSink
{
    Guid ConnectionId { get; }

    Guid UserId { get; }

    /// <summary>The user's access token, forwarded when history is fetched on their behalf.</summary>
    string AccessToken { get; }

    /// <summary>Cancelled when the socket goes away.</summary>
    CancellationToken Closing { get; }

    /// <summary>Queues a frame without waiting. False when the queue is full: the sink then disconnects itself (the client resumes with since_seq).</summary>
    bool TrySend(byte[] frame);

    /// <summary>Queues a replayed frame, waiting while the queue is more than half full so live frames keep room.</summary>
    ValueTask SendPacedAsync(byte[] frame, CancellationToken cancellationToken);

    /// <summary>True when the socket's user blocks <paramref name="userId"/>: none of that user's frames go to it.</summary>
    bool Ignores(Guid userId) => false;

    /// <summary>Drops the socket because its stream can no longer be kept exact (the client resumes with since_seq).</summary>
    void Fail(string reason);
}
