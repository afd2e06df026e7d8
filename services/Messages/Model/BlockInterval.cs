namespace ChatPlatform.Messages.Model;

/// <summary>
/// A span during which <c>BlockerId</c> blocked <c>BlockedId</c> (projected from Moderation's UserBlocked /
/// UserUnblocked). Open while <c>UnblockedAt</c> is null. What the blocked user wrote inside an interval stays
/// hidden from the blocker after the unblock; an open interval hides everything they wrote.
/// </summary>
public sealed class BlockInterval
{
    public Guid BlockerId { get; set; }
    public Guid BlockedId { get; set; }
    public DateTimeOffset BlockedAt { get; set; }
    public DateTimeOffset? UnblockedAt { get; set; }
}
