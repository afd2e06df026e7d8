using ChatPlatform.Client.Realtime;

namespace ChatPlatform.Bench.Load;

/// <summary>
/// Where one client connects and which room (session) that socket belongs to; <see cref="OpenSdk"/> opens the same
/// socket through the SDK (platform scenarios only).
/// </summary>
public sealed record ClientPlan(int Room, Uri Uri)
{
    public Func<CancellationToken, Task<ChatConnection>>? OpenSdk { get; init; }
}
