namespace ChatPlatform.Presence.Application.Membership;

public enum MembershipCheck
{
    Member,
    NotMember,

    /// <summary>Redis does not know and Sessions could not be asked.</summary>
    Unavailable,
}
