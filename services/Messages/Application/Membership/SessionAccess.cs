namespace ChatPlatform.Messages.Application.Membership;

/// <summary>What the projection says about a caller and a session.</summary>
public sealed record SessionAccess(bool Known, bool IsMember, bool Closed, bool Unavailable = false)
{
    public static readonly SessionAccess Unknown = new(false, false, false);

    /// <summary>The projection did not know and Sessions could not be asked.</summary>
    public static readonly SessionAccess SessionsUnavailable = new(false, false, false, Unavailable: true);
}
