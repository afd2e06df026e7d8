using StackExchange.Redis;

namespace ChatPlatform.ServiceDefaults.Discovery;

/// <summary>
/// One sorted set per service: members are replica addresses, scores the Unix time (ms) their entry expires. The set
/// <see cref="Managed"/> names every service whose replicas announce themselves: for those the directory is the truth,
/// even when it lists no live replica.
/// </summary>
public static class ReplicaDirectoryKeys
{
    public static readonly RedisKey Managed = "replicas:managed";

    public static RedisKey For(string serviceName) => $"replicas:{serviceName}";
}
