namespace ChatPlatform.Bench.Machine;

/// <summary>What a platform process is, from its command line (e.g. "presence" for both replicas).</summary>
public static class ProcessKind
{
    public const string Dcp = "dcp";

    /// <summary>The command line with arguments separated (and ended) by spaces; empty when unreadable.</summary>
    public static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    public static string Of(string cmdline)
    {
        if (cmdline.Contains(" run ", StringComparison.Ordinal))
        {
            return "dotnet-run";
        }
        if (cmdline.Contains("postgres", StringComparison.Ordinal))
        {
            return "postgres";
        }
        if (cmdline.Contains("redis-server", StringComparison.Ordinal))
        {
            return "redis";
        }
        if (cmdline.Contains("beam.smp", StringComparison.Ordinal) || cmdline.Contains("epmd", StringComparison.Ordinal)
            || cmdline.Contains("rabbitmq", StringComparison.Ordinal) || cmdline.Contains("erl_child_setup", StringComparison.Ordinal))
        {
            return "rabbitmq";
        }
        if (cmdline.Contains("Aspire.Dashboard", StringComparison.Ordinal))
        {
            return "dashboard";
        }
        var marker = cmdline.IndexOf("ChatPlatform.", StringComparison.Ordinal);
        if (marker >= 0)
        {
            var name = cmdline[(marker + "ChatPlatform.".Length)..];
            var end = name.IndexOfAny([' ', '.', '/']);
            return (end > 0 ? name[..end] : name).ToLowerInvariant();
        }
        return cmdline.Contains("dcp", StringComparison.Ordinal) ? Dcp : cmdline.Length == 0 ? "other" : Path.GetFileName(cmdline.Split(' ')[0]);
    }
}
