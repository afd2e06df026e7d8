namespace ChatPlatform.Moderation.Model;

/// <summary>A current block: <c>BlockerId</c> does not want to hear from <c>BlockedId</c>. Unblocking deletes the row.</summary>
public sealed class Block
{
    public Guid BlockerId { get; init; }
    public Guid BlockedId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
