namespace ChatPlatform.Presence.Application.Stats;

/// <summary>This replica's own numbers for ws-stats: open sockets, frames received from and sent to clients.</summary>
public sealed class InstanceCounters
{
    private long connections;
    private long messagesIn;
    private long messagesOut;

    public long Connections => Interlocked.Read(ref connections);

    public long MessagesIn => Interlocked.Read(ref messagesIn);

    public long MessagesOut => Interlocked.Read(ref messagesOut);

    public long ConnectionOpened() => Interlocked.Increment(ref connections);

    public long ConnectionClosed() => Interlocked.Decrement(ref connections);

    public void MessageIn() => Interlocked.Increment(ref messagesIn);

    public void MessageOut() => Interlocked.Increment(ref messagesOut);
}
