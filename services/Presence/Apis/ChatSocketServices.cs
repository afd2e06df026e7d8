using ChatPlatform.Presence.Membership;

namespace ChatPlatform.Presence.Apis;

public sealed record ChatSocketServices(MembershipService Membership, TimeProvider Time);
