namespace ChatPlatform.Presence.Application.Delivery;

/// <summary>Messages' history API as subscriptions use it to replay and to fill gaps.</summary>
public interface IHistorySource
{
    /// <summary>Messages with seq greater than <paramref name="afterSeq"/>, oldest first, as the token's user may see them.</summary>
    /// <exception cref="HistoryAccessDeniedException">The user may not read the session (any more).</exception>
    Task<HistoryPage> GetAfterAsync(Guid sessionId, long afterSeq, string accessToken, CancellationToken cancellationToken);

    /// <summary>The newest seq of the session (0 when it has no message yet).</summary>
    Task<long> GetLastSeqAsync(Guid sessionId, string accessToken, CancellationToken cancellationToken);

    /// <summary>The seq of the newest message older than <paramref name="time"/> (within the newest page), so a
    /// user who just joined gets everything from the moment they joined.</summary>
    Task<long> GetSeqBeforeAsync(Guid sessionId, DateTimeOffset time, string accessToken, CancellationToken cancellationToken);
}
