namespace ChatPlatform.Bench.Faults;

/// <summary>One line of the fault table: what was killed, how the platform came back, what the clients saw.</summary>
public sealed record FaultRow(
    string Fault,
    TimeSpan InjectedAt,
    TimeSpan? RestartedAfter,
    TimeSpan? HealthyAfter,
    int AckedInWindow,
    CheckResult Check,
    CheckResult? Previous,
    IReadOnlyList<KeyValuePair<string, long>> Seen)
{
    public long Lost => Check.Lost - (Previous?.Lost ?? 0);

    public long Duplicated => Check.Duplicated - (Previous?.Duplicated ?? 0);

    public long Gaps => Check.Gaps - (Previous?.Gaps ?? 0);

    /// <summary>No hang, no answer without problem+json, no code SPEC.md does not list, no handshake refused with a 5xx but 503.</summary>
    public bool SawOnlyDocumentedAnswers => !Seen.Any(s => s.Key.StartsWith("hang", StringComparison.Ordinal)
        || s.Key.Contains("NOT problem+json", StringComparison.Ordinal) || s.Key.Contains("internal_error", StringComparison.Ordinal)
        || s.Key.Contains("(no code)", StringComparison.Ordinal) || s.Key == "malformed frame"
        || (s.Key.StartsWith("ws handshake 5", StringComparison.Ordinal) && !s.Key.StartsWith("ws handshake 503", StringComparison.Ordinal)));

    public static string Header =>
        "| fault | injected at | restarted after | healthy after | acked | lost | duplicated | seq gaps | clients missing | what clients saw |\n"
        + "|---|---|---|---|---|---|---|---|---|---|";

    public override string ToString() =>
        $"| {Fault} | {InjectedAt:mm\\:ss} | {Seconds(RestartedAfter)} | {Seconds(HealthyAfter)} | {AckedInWindow} | {Lost} | {Duplicated} | {Gaps} "
        + $"| {Check.ClientsMissing} | {(Seen.Count == 0 ? "nothing" : string.Join("; ", Seen.Select(s => $"{s.Key} ×{s.Value}")))} |";

    private static string Seconds(TimeSpan? span) => span is { } s ? $"{s.TotalSeconds:0.0} s" : "not within the limit";
}
