namespace ChatPlatform.Bench.Http;

/// <summary>The load of one closed-loop run: C clients, each sending its next request when the previous one answered.</summary>
public sealed record ClosedLoopSettings(int Concurrency, double WarmupSeconds, double DurationSeconds);
