using System.Globalization;

namespace ChatPlatform.Bench.Reporting;

/// <summary>How figures look in the tables: "-" for a missing one.</summary>
public static class TableFormat
{
    public static string Ms(double? value) => value is null ? "-" : value.Value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string X(double? value) => value is null ? "-" : value.Value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Delta(double? value) => value is null ? "-" : value.Value.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);
}
