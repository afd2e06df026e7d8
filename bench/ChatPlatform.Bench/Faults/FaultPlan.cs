namespace ChatPlatform.Bench.Faults;

/// <summary>One fault: the processes killed together, each a resource and a replica (<c>messages#1</c>, <c>postgres</c>).</summary>
public sealed record FaultPlan(IReadOnlyList<FaultTarget> Targets)
{
    /// <summary>Each part alone, then pairs: a service with the broker, two services, the database with Redis.</summary>
    public const string Default =
        "messages#0,messages#1,presence#0,presence#1,sessions,identity,moderation,gateway,messaging,postgres,redis,"
        + "messages#0+messaging,presence#1+messages#1,postgres+redis";

    public string Name => string.Join(" + ", Targets);

    /// <summary>Parses <c>a,b+c</c>: a alone, then b and c at once.</summary>
    public static IReadOnlyList<FaultPlan> ParseList(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(fault => new FaultPlan(fault.Split('+').Select(FaultTarget.Parse).ToArray()))
            .ToArray();
}

public sealed record FaultTarget(string Resource, int Replica)
{
    public static readonly string[] Killable = ["messages", "presence", "sessions", "identity", "moderation", "gateway", "messaging", "postgres", "redis"];

    public static FaultTarget Parse(string value)
    {
        var parts = value.Split('#');
        var resource = parts[0].Trim().ToLowerInvariant();
        if (!Killable.Contains(resource) || parts.Length > 2)
        {
            throw new ArgumentException($"--faults: unknown target '{value}' (one of {string.Join(", ", Killable)}, a replica as messages#1).");
        }
        var replica = parts.Length == 2 && int.TryParse(parts[1], out var r) && r >= 0 ? r
            : parts.Length == 1 ? 0 : throw new ArgumentException($"--faults: bad replica in '{value}'.");
        return new FaultTarget(resource, replica);
    }

    public override string ToString() => Resource is "messages" or "presence" ? $"{Resource}#{Replica}" : Resource;
}
