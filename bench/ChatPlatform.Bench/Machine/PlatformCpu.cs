namespace ChatPlatform.Bench.Machine;

/// <summary>
/// The platform's CPU over a measured window, per kind of process (biggest first): % of one core, and CPU
/// milliseconds per operation (message sent, request made). <see cref="MsPerOperation"/> sums every platform process.
/// </summary>
public sealed record PlatformCpu(
    IReadOnlyDictionary<string, double> PercentOfOneCore,
    IReadOnlyDictionary<string, double> MsPerOperationByKind,
    double? MsPerOperation)
{
    public static readonly PlatformCpu None = new(new Dictionary<string, double>(), new Dictionary<string, double>(), null);

    public static PlatformCpu Of(IReadOnlyDictionary<string, double> secondsByKind, double windowSeconds, long operations)
    {
        if (windowSeconds <= 0 || secondsByKind.Count == 0)
        {
            return None;
        }
        var kinds = secondsByKind
            .Select(kv => (Kind: kv.Key, Seconds: kv.Value, Percent: Math.Round(100 * kv.Value / windowSeconds, 1)))
            .Where(x => x.Percent > 0)
            .OrderByDescending(x => x.Percent)
            .ToList();
        var percent = kinds.ToDictionary(x => x.Kind, x => x.Percent, StringComparer.Ordinal);
        if (operations <= 0)
        {
            return new PlatformCpu(percent, new Dictionary<string, double>(), null);
        }
        var perOperation = kinds.ToDictionary(x => x.Kind, x => Math.Round(1000 * x.Seconds / operations, 3), StringComparer.Ordinal);
        return new PlatformCpu(percent, perOperation, Math.Round(1000 * secondsByKind.Values.Sum() / operations, 3));
    }
}
