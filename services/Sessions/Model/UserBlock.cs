namespace ChatPlatform.Sessions.Model;

/// <summary>
/// The latest block state between two users, projected from Moderation's UserBlocked/UserUnblocked. The row with the
/// newest <see cref="ChangedAt"/> wins, so redelivered or reordered events converge on the last state.
/// </summary>
public sealed class UserBlock
{
    public Guid BlockerId { get; init; }
    public Guid BlockedId { get; init; }
    public bool IsBlocked { get; init; }
    public DateTimeOffset ChangedAt { get; init; }
}
