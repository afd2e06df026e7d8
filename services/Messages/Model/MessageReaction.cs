namespace ChatPlatform.Messages.Model;

/// <summary>One user's reaction with one emoji on one message (a user may use several emoji on a message).</summary>
public sealed class MessageReaction
{
    public Guid MessageId { get; set; }
    public Guid UserId { get; set; }
    public required string Emoji { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
