namespace ChatPlatform.Messages.Application.Membership;

/// <summary>What the projection says about a caller and a session.</summary>
public sealed record SessionAccess(bool Known, bool IsMember, bool Closed)
{
    public static readonly SessionAccess Unknown = new(false, false, false);
}
