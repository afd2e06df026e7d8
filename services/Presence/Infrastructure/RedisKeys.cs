using StackExchange.Redis;

namespace ChatPlatform.Presence.Infrastructure;

/// <summary>Every Redis key and channel Presence uses, in one place.</summary>
public static class RedisKeys
{
    public const string InstancePrefix = "chat:instance:";

    public static readonly RedisKey Instances = "chat:instances";

    public static readonly RedisChannel Events = RedisChannel.Literal("chat:presence:events");

    /// <summary>Set of the session's participant ids.</summary>
    public static RedisKey SessionMembers(Guid sessionId) => $"chat:session:{sessionId}:members";

    /// <summary>Hash user id -> time (µs) of the membership change last applied, so late events cannot undo newer ones.</summary>
    public static RedisKey SessionMemberVersions(Guid sessionId) => $"chat:session:{sessionId}:member_versions";

    /// <summary>Set of the session ids the user takes part in.</summary>
    public static RedisKey UserSessions(Guid userId) => $"chat:user:{userId}:sessions";

    /// <summary>Present once the user's sessions were loaded from Sessions (an empty set is then an answer).</summary>
    public static RedisKey UserSessionsLoaded(Guid userId) => $"chat:user:{userId}:sessions_loaded";

    /// <summary>Set of the user ids the blocker currently blocks.</summary>
    public static RedisKey Blocks(Guid blockerId) => $"chat:blocks:{blockerId}";

    /// <summary>Hash blocked user id -> time (µs) of the block change last applied, so late events cannot undo newer ones.</summary>
    public static RedisKey BlockVersions(Guid blockerId) => $"chat:blocks:{blockerId}:versions";

    /// <summary>Hash instance id -> number of the user's sockets on that replica.</summary>
    public static RedisKey PresenceConnections(Guid userId) => $"chat:presence:{userId}:connections";

    public static RedisKey PresenceAway(Guid userId) => $"chat:presence:{userId}:away";

    public static RedisKey PresenceLastSeen(Guid userId) => $"chat:presence:{userId}:last_seen";

    /// <summary>Hash of one replica's counters (connections, messages_in, messages_out); expires when it stops beating.</summary>
    public static RedisKey Instance(string instanceId) => InstancePrefix + instanceId;

    /// <summary>Set of the users with a socket on one replica.</summary>
    public static RedisKey InstanceUsers(string instanceId) => $"chat:instance-users:{instanceId}";
}
