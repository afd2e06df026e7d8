namespace ChatPlatform.Bench.Reporting;

/// <summary>The arithmetic of summaries and ratios, where a missing figure stays missing.</summary>
public static class Statistics
{
    public static double? Median(IEnumerable<double?> values)
    {
        var sorted = values.Where(v => v is not null).Select(v => v!.Value).Order().ToArray();
        return sorted.Length == 0 ? null
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
            : Math.Round((sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2, 3);
    }

    public static double? Divide(double? a, double? b) => a is null || b is null || b == 0 ? null : Math.Round(a.Value / b.Value, 2);

    public static double? Subtract(double? a, double? b) => a is null || b is null ? null : Math.Round(a.Value - b.Value, 3);
}
