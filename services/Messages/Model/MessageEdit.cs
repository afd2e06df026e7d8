namespace ChatPlatform.Messages.Model;

/// <summary>One edit of a message: the content it replaced, kept as the message's edit history.</summary>
public sealed class MessageEdit
{
    public Guid Id { get; set; }
    public Guid MessageId { get; set; }
    public Guid EditedBy { get; set; }
    public required string PreviousContent { get; set; }
    public required string Content { get; set; }
    public DateTimeOffset EditedAt { get; set; }
}
