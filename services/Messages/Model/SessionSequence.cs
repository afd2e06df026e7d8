namespace ChatPlatform.Messages.Model;

/// <summary>The last seq handed out in a session; its row lock serialises the senders of one session.</summary>
public sealed class SessionSequence
{
    public Guid SessionId { get; set; }
    public long LastSeq { get; set; }
}
