namespace ChatPlatform.Bench.Load;

/// <summary>Where one client connects and which room (session) that socket belongs to.</summary>
public sealed record ClientPlan(int Room, Uri Uri);
