namespace ChatPlatform.Messages.Model;

/// <summary>How far a user has read a session; only ever moves forward.</summary>
public sealed class ReadCursor
{
    public Guid SessionId { get; set; }
    public Guid UserId { get; set; }
    public long UpToSeq { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
