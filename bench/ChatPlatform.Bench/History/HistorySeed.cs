namespace ChatPlatform.Bench.History;

/// <summary>The session history pages are read from: its messages have seq 1..<see cref="LastSeq"/>.</summary>
public sealed record HistorySeed(Guid SessionId, long LastSeq, long Inserted, double Seconds);
