namespace ChatPlatform.EndToEnd.Tests.Attachments;

/// <summary>A process's working set (RSS) and private working set (RSS without file-backed pages), in bytes.</summary>
internal readonly record struct MemorySample(long WorkingSet, long Private)
{
    public static MemorySample Max(MemorySample a, MemorySample b) => new(Math.Max(a.WorkingSet, b.WorkingSet), Math.Max(a.Private, b.Private));

    public override string ToString() => $"working set {WorkingSet / 1048576.0:F1} MiB (private {Private / 1048576.0:F1} MiB)";
}
