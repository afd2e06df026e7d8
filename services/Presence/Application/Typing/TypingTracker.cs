namespace ChatPlatform.Presence.Application.Typing;

/// <summary>
/// Typing indicators started on this replica and when they lapse: a user who stops renewing for the timeout
/// (6 s by default) stops typing, and the others are told. A renewal is re-announced at most every half timeout,
/// so clients that expire indicators on their own keep showing it while the user types.
/// </summary>
public sealed class TypingTracker(TimeSpan timeout)
{
    private readonly Dictionary<TypingKey, Entry> entries = [];
    private readonly Lock gate = new();

    public TimeSpan Timeout => timeout;

    /// <summary>Starts or renews; true when the others should be told (it just started, or was announced long enough ago).</summary>
    public bool Start(Guid sessionId, Guid userId, Guid connectionId, DateTimeOffset now)
    {
        var key = new TypingKey(sessionId, userId);
        lock (gate)
        {
            var announce = !entries.TryGetValue(key, out var entry) || now - entry.AnnouncedAt >= timeout / 2;
            entries[key] = new Entry(connectionId, now + timeout, announce ? now : entry.AnnouncedAt);
            return announce;
        }
    }

    /// <summary>Stops; true when the user was typing.</summary>
    public bool Stop(Guid sessionId, Guid userId)
    {
        lock (gate)
        {
            return entries.Remove(new TypingKey(sessionId, userId));
        }
    }

    /// <summary>Removes and returns the indicators not renewed in time.</summary>
    public IReadOnlyList<TypingKey> Expire(DateTimeOffset now) => RemoveWhere(entry => entry.ExpiresAt <= now);

    /// <summary>Removes and returns the indicators a closed socket had started.</summary>
    public IReadOnlyList<TypingKey> StopConnection(Guid connectionId) => RemoveWhere(entry => entry.ConnectionId == connectionId);

    private List<TypingKey> RemoveWhere(Func<Entry, bool> predicate)
    {
        lock (gate)
        {
            if (entries.Count == 0)
            {
                return [];
            }
            var removed = entries.Where(pair => predicate(pair.Value)).Select(pair => pair.Key).ToList();
            foreach (var key in removed)
            {
                entries.Remove(key);
            }
            return removed;
        }
    }

    private readonly record struct Entry(Guid ConnectionId, DateTimeOffset ExpiresAt, DateTimeOffset AnnouncedAt);
}
