using StackExchange.Redis;

namespace ChatPlatform.ServiceDefaults.Discovery;

/// <summary>One sorted set per service: members are replica addresses, scores the Unix time (ms) their entry expires.</summary>
public static class ReplicaDirectoryKeys
{
    public static RedisKey For(string serviceName) => $"replicas:{serviceName}";
}
