namespace ChatPlatform.Bench.Reporting;

/// <summary>The end of every invocation on stdout: the table, a blank line, the JSON line (also to --json-out).</summary>
public static class ReportOutput
{
    public static async Task WriteAsync(string table, string json, string? jsonOut)
    {
        Console.Out.Write(table);
        Console.Out.WriteLine();
        Console.Out.WriteLine(json);
        if (jsonOut is not null)
        {
            await File.WriteAllTextAsync(jsonOut, json + Environment.NewLine, CancellationToken.None);
        }
    }
}
