namespace ChatPlatform.Bench.Faults;

/// <summary>One soak sample: memory per kind of process (MB), the stores, what the clients have seen so far.</summary>
public sealed record SoakSample(TimeSpan At, int Acked, long ErrorsSeen, IReadOnlyDictionary<string, double> MemoryMb, StoreReading? Stores)
{
    public static string Header(IReadOnlyList<string> kinds) =>
        $"| at | acked | errors seen | PG connections | outbox rows | inbox rows | queued | {string.Join(" | ", kinds.Select(k => $"{k} MB"))} |\n"
        + $"|---|---|---|---|---|---|---|{string.Concat(kinds.Select(_ => "---|"))}";

    public string Row(IReadOnlyList<string> kinds) =>
        $"| {At:hh\\:mm\\:ss} | {Acked} | {ErrorsSeen} | {Stores?.PostgresConnections.ToString() ?? "?"} | {Stores?.OutboxRows.ToString() ?? "?"} "
        + $"| {Stores?.InboxRows.ToString() ?? "?"} | {Stores?.QueuedMessages?.ToString() ?? "?"} | "
        + string.Join(" | ", kinds.Select(k => MemoryMb.TryGetValue(k, out var mb) ? mb.ToString("0") : "-")) + " |";
}
