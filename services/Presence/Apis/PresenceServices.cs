using ChatPlatform.Presence.Application.Status;
using ChatPlatform.Presence.Infrastructure;

namespace ChatPlatform.Presence.Apis;

public sealed record PresenceServices(PresenceService Presence, InstanceStatsStore Stats);
