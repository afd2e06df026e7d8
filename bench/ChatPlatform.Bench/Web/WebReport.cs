using System.Globalization;
using System.Text;
using System.Text.Json;
using ChatPlatform.Bench.Reporting;

namespace ChatPlatform.Bench.Web;

/// <summary>The table and the one-line JSON of a web invocation.</summary>
public sealed record WebReport
{
    public string Bench => "chatplatform-web-load";
    public required DateTimeOffset StartedAt { get; init; }
    public required MachineInfo Machine { get; init; }
    public required BenchOptions Options { get; init; }
    public required IReadOnlyList<WebRow> Rows { get; init; }
    public string? Error { get; init; }

    public string ToJsonLine() => JsonSerializer.Serialize(this, BenchJson.Options);

    public string ToTable()
    {
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine("Web app page loads in Chromium (ms from the navigation's start, medians; ready = the sign-in form, or the signed-in");
        text.AppendLine("conversation list with a session; raw = the same bundle from bare Kestrel in the bench process):");
        text.AppendLine(string.Format(CultureInfo.InvariantCulture, "{0,-8} {1,-14} {2,7} {3,9} {4,9} {5,9} {6,9} {7,9} {8,9} {9,9} {10,10}",
            "scenario", "phase", "samples", "html", "dcl", "load", "fcp", "ready", "ready p90", "ready max", "bytes"));
        foreach (var row in Rows)
        {
            text.AppendLine(string.Format(CultureInfo.InvariantCulture, "{0,-8} {1,-14} {2,7} {3,9} {4,9} {5,9} {6,9} {7,9} {8,9} {9,9} {10,10}",
                row.Scenario.ToString().ToLowerInvariant(), row.Phase, row.Samples, F(row.ResponseEndMs), F(row.DomContentLoadedMs), F(row.LoadMs),
                F(row.FirstContentfulPaintMs), F(row.ReadyMs), F(row.ReadyP90Ms), F(row.ReadyMaxMs), F(row.TransferBytes, "0")));
        }
        if (Error is not null)
        {
            text.AppendLine($"error: {Error}");
        }
        return text.ToString();
    }

    private static string F(double? value, string format = "0.0") => value?.ToString(format, CultureInfo.InvariantCulture) ?? "-";
}
