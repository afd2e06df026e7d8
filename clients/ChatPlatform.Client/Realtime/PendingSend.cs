namespace ChatPlatform.Client.Realtime;

/// <summary>A send frame waiting for its ack: kept whole so a reconnect resends exactly the same bytes.</summary>
public sealed class PendingSend(string clientMessageId, Guid? sessionId, ReadOnlyMemory<byte> frame, long order)
{
    private readonly TaskCompletionSource<SendAck> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string ClientMessageId { get; } = clientMessageId;
    public Guid? SessionId { get; } = sessionId;
    public ReadOnlyMemory<byte> Frame { get; } = frame;

    /// <summary>The order of the first send, so resends keep the app's order (and so its seqs).</summary>
    public long Order { get; } = order;

    /// <summary>How many times the server answered <c>service_unavailable</c> for it.</summary>
    public int Unavailable { get; set; }

    /// <summary>The socket it last went out on, so a resend and the first write never both reach one socket.</summary>
    internal object? WrittenOn { get; set; }

    public Task<SendAck> Completion => _completion.Task;

    internal bool Complete(SendAck ack) => _completion.TrySetResult(ack);

    internal bool Fail(Exception exception) => _completion.TrySetException(exception);

    internal bool Cancel(CancellationToken cancellationToken) => _completion.TrySetCanceled(cancellationToken);
}
