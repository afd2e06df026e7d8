namespace ChatPlatform.ServiceDefaults.Inbox;

/// <summary>The inbox: a message id a consumer has already handled, so redeliveries are ignored.</summary>
public sealed class ProcessedMessage
{
    public Guid MessageId { get; set; }
    public required string Consumer { get; set; }
    public DateTimeOffset ProcessedAt { get; set; }
}
