namespace ChatPlatform.Bench.Idle;

/// <summary>
/// What holding the idle connections cost one process: RSS and sockets before opening and after holding, and KB of
/// RSS growth per connection it holds (a Presence replica: its own new sockets; the others: every open connection).
/// </summary>
public sealed record FootprintChange(
    string Name,
    int Pid,
    long RssBeforeBytes,
    long RssAfterBytes,
    int SocketsBefore,
    int SocketsAfter,
    long? OpenFilesLimit,
    int Connections,
    double? KbPerConnection)
{
    public static IReadOnlyList<FootprintChange> Between(IReadOnlyList<ProcessFootprint> before, IReadOnlyList<ProcessFootprint> after, int open) =>
        after.Select(a =>
        {
            var b = before.FirstOrDefault(x => x.Pid == a.Pid) ?? a with { RssBytes = 0, Sockets = 0 };
            var connections = a.Name.StartsWith("presence", StringComparison.Ordinal) ? Math.Max(0, a.Sockets - b.Sockets) : open;
            double? kb = connections > 0 ? Math.Round((a.RssBytes - b.RssBytes) / 1024.0 / connections, 1) : null;
            return new FootprintChange(a.Name, a.Pid, b.RssBytes, a.RssBytes, b.Sockets, a.Sockets, a.OpenFilesLimit, connections, kb);
        }).ToList();
}
