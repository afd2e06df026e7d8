namespace ChatPlatform.Client.Realtime;

/// <summary>
/// Sends not yet acknowledged, by <c>client_message_id</c>. An ack or an error frame with that id settles one; what is
/// left when a socket drops is resent, in the original order and with the same ids, on the next socket (the server
/// stores an id once and acks a resend with the first message).
/// </summary>
public sealed class PendingSends
{
    private readonly Dictionary<string, PendingSend> _byId = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _order;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _byId.Count;
            }
        }
    }

    /// <summary>Registers a send; a second send with an id still pending gets the first one (one message, one ack).</summary>
    public PendingSend Add(string clientMessageId, Guid? sessionId, ReadOnlyMemory<byte> frame)
    {
        lock (_lock)
        {
            if (_byId.TryGetValue(clientMessageId, out var existing))
            {
                return existing;
            }
            var pending = new PendingSend(clientMessageId, sessionId, frame, _order++);
            _byId.Add(clientMessageId, pending);
            return pending;
        }
    }

    public bool TryAck(SendAck ack) => Take(ack.ClientMessageId)?.Complete(ack) ?? false;

    public bool TryFail(string clientMessageId, Exception exception) => Take(clientMessageId)?.Fail(exception) ?? false;

    public bool TryCancel(string clientMessageId, CancellationToken cancellationToken) =>
        Take(clientMessageId)?.Cancel(cancellationToken) ?? false;

    public PendingSend? Find(string clientMessageId)
    {
        lock (_lock)
        {
            return _byId.GetValueOrDefault(clientMessageId);
        }
    }

    /// <summary>Every send still waiting, oldest first: what a new socket resends.</summary>
    public IReadOnlyList<PendingSend> Unacked()
    {
        lock (_lock)
        {
            var list = _byId.Values.ToList();
            list.Sort((a, b) => a.Order.CompareTo(b.Order));
            return list;
        }
    }

    /// <summary>Fails every send still waiting (the connection is disposed or gave up).</summary>
    public void FailAll(Func<PendingSend, Exception> exception)
    {
        List<PendingSend> all;
        lock (_lock)
        {
            all = [.. _byId.Values];
            _byId.Clear();
        }
        foreach (var pending in all)
        {
            pending.Fail(exception(pending));
        }
    }

    private PendingSend? Take(string clientMessageId)
    {
        lock (_lock)
        {
            return _byId.Remove(clientMessageId, out var pending) ? pending : null;
        }
    }
}
