using System.Collections.Concurrent;

namespace ChatPlatform.Bench.Faults;

/// <summary>
/// Every acknowledgement a client received (a WebSocket ack or a REST 201/200), by <c>client_message_id</c>: what the
/// platform promised to keep. The same id acknowledged twice with different seqs is a broken promise too.
/// </summary>
public sealed class AckLog
{
    private readonly ConcurrentDictionary<string, Acknowledged> _acks = new();
    private long _conflicts;

    public void Record(string clientMessageId, Guid session, long seq, string via)
    {
        var ack = new Acknowledged(clientMessageId, session, seq, via);
        var kept = _acks.GetOrAdd(clientMessageId, ack);
        if (kept.Seq != seq)
        {
            Interlocked.Increment(ref _conflicts);
        }
    }

    public int Count => _acks.Count;

    /// <summary>Ids acknowledged twice with a different seq each time.</summary>
    public long Conflicts => Interlocked.Read(ref _conflicts);

    public IReadOnlyList<Acknowledged> All() => _acks.Values.ToList();
}

public sealed record Acknowledged(string ClientMessageId, Guid Session, long Seq, string Via);
