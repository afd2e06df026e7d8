using ChatPlatform.Presence.Redis;
using ChatPlatform.Presence.Status;

namespace ChatPlatform.Presence.Apis;

public sealed record PresenceServices(PresenceService Presence, InstanceStatsStore Stats);
