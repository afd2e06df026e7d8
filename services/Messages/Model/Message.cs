namespace ChatPlatform.Messages.Model;

/// <summary>A stored chat message. <c>Seq</c> is unique per session and has no gaps.</summary>
public sealed class Message
{
    public Guid Id { get; set; }
    public Guid ChatSessionId { get; set; }
    public Guid UserId { get; set; }
    public required string MessageType { get; set; }
    public required string Content { get; set; }
    public string? ClientMessageId { get; set; }
    public long Seq { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? EditedAt { get; set; }
    public bool Deleted { get; set; }
    public Guid? ReplyToId { get; set; }
    public Guid[] Mentions { get; set; } = [];
    public Guid[] AttachmentIds { get; set; } = [];

    /// <summary>JSON array of the attachments' descriptions (<see cref="ChatPlatform.Messages.Infrastructure.AttachmentMapping"/>), in AttachmentIds order.</summary>
    public string Attachments { get; set; } = "[]";

    /// <summary>A JSON object kept as the exact text that was accepted, so every read returns the same bytes.</summary>
    public string? Metadata { get; set; }
}
