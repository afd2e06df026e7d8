namespace ChatPlatform.Bench.Idle;

/// <summary>One process that holds the idle connections, at one instant: resident memory, open sockets, open-files limit.</summary>
public sealed record ProcessFootprint(string Name, int Pid, long RssBytes, int Sockets, long? OpenFilesLimit);
