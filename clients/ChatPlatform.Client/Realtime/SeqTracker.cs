namespace ChatPlatform.Client.Realtime;

/// <summary>
/// The last seq the app saw per session: a frame at or below it is a duplicate (a replay overlapping what arrived
/// live, or a redelivery) and is dropped; it is also where a reconnect resumes (<c>since_seq</c>). Seqs are gap-free
/// per session, but blocks hide some from a viewer, so a jump forward is normally accepted at once.
/// <para>
/// Resync: on the all-sessions socket the server follows every session live from the moment it opens, and a
/// <c>subscribe</c> with <c>since_seq</c> then replaces that with a replay. Live frames sent before the subscribe took
/// effect arrive ahead of the replay with higher seqs. While a session resyncs, a frame beyond last+1 is held until
/// the hole before it fills (the replay) or the window ends (the hole is a hidden seq), so none is skipped.
/// </para>
/// </summary>
public sealed class SeqTracker<T>
{
    private readonly Dictionary<Guid, SessionPosition> _sessions = [];
    private readonly Lock _lock = new();

    /// <summary>Offers a sequenced item; <paramref name="deliver"/> gets, in seq order, every item that may go to the app now.</summary>
    public void Offer(Guid sessionId, long seq, T item, DateTimeOffset now, Action<T> deliver)
    {
        lock (_lock)
        {
            var position = Position(sessionId);
            if (position.Resyncing && now >= position.ResyncUntil)
            {
                Release(position, deliver);
            }
            if (position.Last is { } last && seq <= last)
            {
                return;
            }
            if (!position.Resyncing || position.Last is null || seq == position.Last + 1)
            {
                position.Last = seq;
                deliver(item);
                DrainContiguous(position, deliver);
                return;
            }
            position.Held.TryAdd(seq, item);
        }
    }

    /// <summary>The session is being replayed from its last seq: hold frames beyond a hole until <paramref name="until"/>.</summary>
    public void BeginResync(Guid sessionId, DateTimeOffset until)
    {
        lock (_lock)
        {
            var position = Position(sessionId);
            if (position.Last is not null)
            {
                position.ResyncUntil = until;
            }
        }
    }

    /// <summary>Ends the resync windows that are over, handing over what they held.</summary>
    public void Expire(DateTimeOffset now, Action<T> deliver)
    {
        lock (_lock)
        {
            foreach (var position in _sessions.Values)
            {
                if (position.Resyncing && now >= position.ResyncUntil)
                {
                    Release(position, deliver);
                }
            }
        }
    }

    /// <summary>Starts a session's position at <paramref name="seq"/> unless it is already further.</summary>
    public void Seed(Guid sessionId, long seq)
    {
        lock (_lock)
        {
            var position = Position(sessionId);
            if (position.Last is null || seq > position.Last)
            {
                position.Last = seq;
            }
        }
    }

    public long? LastSeen(Guid sessionId)
    {
        lock (_lock)
        {
            return _sessions.TryGetValue(sessionId, out var position) ? position.Last : null;
        }
    }

    /// <summary>Every session with a known position and that position.</summary>
    public IReadOnlyList<KeyValuePair<Guid, long>> Positions()
    {
        lock (_lock)
        {
            return [.. _sessions.Where(s => s.Value.Last is not null).Select(s => KeyValuePair.Create(s.Key, s.Value.Last!.Value))];
        }
    }

    private SessionPosition Position(Guid sessionId)
    {
        if (!_sessions.TryGetValue(sessionId, out var position))
        {
            position = new SessionPosition();
            _sessions.Add(sessionId, position);
        }
        return position;
    }

    private static void DrainContiguous(SessionPosition position, Action<T> deliver)
    {
        while (position.Held.Remove(position.Last!.Value + 1, out var next))
        {
            position.Last++;
            deliver(next);
        }
        if (position.Held.Count == 0)
        {
            position.ResyncUntil = null;
        }
    }

    /// <summary>The window is over: what is held goes out in order, holes left as hidden seqs.</summary>
    private static void Release(SessionPosition position, Action<T> deliver)
    {
        foreach (var (seq, item) in position.Held)
        {
            position.Last = seq;
            deliver(item);
        }
        position.Held.Clear();
        position.ResyncUntil = null;
    }

    private sealed class SessionPosition
    {
        public long? Last { get; set; }
        public DateTimeOffset? ResyncUntil { get; set; }
        public bool Resyncing => ResyncUntil is not null;
        public SortedDictionary<long, T> Held { get; } = [];
    }
}
