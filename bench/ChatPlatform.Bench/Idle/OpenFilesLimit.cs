using System.Globalization;
using System.Runtime.InteropServices;

namespace ChatPlatform.Bench.Idle;

/// <summary>
/// RLIMIT_NOFILE of this process (Linux), and the "Max open files" of any process from /proc. Processes the bench
/// starts afterwards (the in-process AppHost's DCP and every server under it) inherit this process's limit.
/// </summary>
public static class OpenFilesLimit
{
    private const int RlimitNofile = 7;

    [StructLayout(LayoutKind.Sequential)]
    private struct RLimit
    {
        public ulong Current;
        public ulong Maximum;
    }

    [DllImport("libc", EntryPoint = "getrlimit", SetLastError = true)]
    private static extern int GetRLimit(int resource, out RLimit limit);

    [DllImport("libc", EntryPoint = "setrlimit", SetLastError = true)]
    private static extern int SetRLimit(int resource, ref RLimit limit);

    /// <summary>This process's (soft, hard) limit, or null off Linux.</summary>
    public static (ulong Soft, ulong Hard)? Current()
    {
        if (!OperatingSystem.IsLinux() || GetRLimit(RlimitNofile, out var limit) != 0)
        {
            return null;
        }
        return (limit.Current, limit.Maximum);
    }

    /// <summary>
    /// Raises this process's soft limit to <paramref name="wanted"/>, and the hard one too when it is lower and this
    /// process may (root: CAP_SYS_RESOURCE), never beyond fs.nr_open. Returns a line saying what changed, or null.
    /// </summary>
    public static string? RaiseTo(ulong wanted)
    {
        if (Current() is not var (soft, hard) || soft >= wanted)
        {
            return null;
        }
        var ceiling = Environment.IsPrivilegedProcess ? Math.Max(hard, Math.Min(wanted, SystemCeiling() ?? hard)) : hard;
        var limit = new RLimit { Current = Math.Min(wanted, ceiling), Maximum = ceiling };
        if (SetRLimit(RlimitNofile, ref limit) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return $"WARNING: could not raise this process's open-files limit (soft/hard {soft}/{hard}) to {limit.Current}/{limit.Maximum}: errno {errno}"
                + (errno == 1 ? " (raising the hard limit needs CAP_SYS_RESOURCE, which this process lacks)" : "")
                + "; the processes it starts inherit the current limit";
        }
        return $"raised this process's open-files limit (soft/hard) from {soft}/{hard} to {limit.Current}/{limit.Maximum}; "
            + "the platform processes it starts inherit it";
    }

    /// <summary>The soft "Max open files" of a process, from /proc/&lt;pid&gt;/limits.</summary>
    public static long? Of(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/limits").FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal));
            var soft = line?["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
            return soft is null ? null : soft == "unlimited" ? long.MaxValue : long.Parse(soft, CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    private static ulong? SystemCeiling()
    {
        try
        {
            return ulong.Parse(File.ReadAllText("/proc/sys/fs/nr_open").Trim(), CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }
}
