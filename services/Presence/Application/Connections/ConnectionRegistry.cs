using System.Collections.Concurrent;

namespace ChatPlatform.Presence.Application.Connections;

/// <summary>The sockets open on this replica, by id and by user.</summary>
public sealed class ConnectionRegistry
{
    private readonly ConcurrentDictionary<Guid, ChatConnection> connections = new();
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Guid, ChatConnection>> byUser = new();
    private readonly Lock userGate = new();

    public int Count => connections.Count;

    public int UserCount => byUser.Count;

    public ICollection<ChatConnection> All => connections.Values;

    /// <summary>Adds a socket; true when it is the user's first on this replica.</summary>
    public bool Add(ChatConnection connection)
    {
        connections[connection.ConnectionId] = connection;
        lock (userGate)
        {
            var mine = byUser.GetOrAdd(connection.UserId, static _ => new ConcurrentDictionary<Guid, ChatConnection>());
            mine[connection.ConnectionId] = connection;
            return mine.Count == 1;
        }
    }

    /// <summary>Removes a socket; true when it was the user's last on this replica.</summary>
    public bool Remove(ChatConnection connection)
    {
        connections.TryRemove(connection.ConnectionId, out _);
        lock (userGate)
        {
            if (!byUser.TryGetValue(connection.UserId, out var mine))
            {
                return false;
            }
            mine.TryRemove(connection.ConnectionId, out _);
            if (mine.IsEmpty)
            {
                byUser.TryRemove(connection.UserId, out _);
                return true;
            }
            return false;
        }
    }

    public IReadOnlyCollection<ChatConnection> ForUser(Guid userId) =>
        byUser.TryGetValue(userId, out var mine) ? mine.Values.ToArray() : [];
}
