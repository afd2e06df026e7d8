namespace ChatPlatform.Bench.Machine;

/// <summary>One process of the platform at one instant, from /proc.</summary>
public sealed record TreeProcess(int Pid, string Kind, string CommandLine, double CpuSeconds, long RssBytes);
