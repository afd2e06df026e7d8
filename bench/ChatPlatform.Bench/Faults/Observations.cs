using System.Collections.Concurrent;

namespace ChatPlatform.Bench.Faults;

/// <summary>
/// What the clients saw, counted by kind ("ws close 1011", "REST 503 problem+json", "error frame service_unavailable",
/// "hang: REST no answer in 10 s", ...): a snapshot per fault window tells what that fault showed them.
/// </summary>
public sealed class Observations
{
    private readonly ConcurrentDictionary<string, long> _counts = new();

    public void Add(string what) => _counts.AddOrUpdate(what, 1, (_, n) => n + 1);

    public IReadOnlyDictionary<string, long> Snapshot() => new Dictionary<string, long>(_counts);

    /// <summary>The counts added since <paramref name="before"/>, most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> Since(IReadOnlyDictionary<string, long> before) =>
        _counts.Select(c => KeyValuePair.Create(c.Key, c.Value - before.GetValueOrDefault(c.Key)))
            .Where(c => c.Value > 0)
            .OrderByDescending(c => c.Value)
            .ToList();
}
