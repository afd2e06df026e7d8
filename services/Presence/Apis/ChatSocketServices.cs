using ChatPlatform.Presence.Application.Membership;

namespace ChatPlatform.Presence.Apis;

public sealed record ChatSocketServices(MembershipService Membership, TimeProvider Time);
