namespace ChatPlatform.Messages.Model;

/// <summary>
/// The last seq handed out in a session; its row lock serialises the senders of one session. <see cref="Closed"/> is set
/// under that same lock when the session closes, so a send that waited for the lock sees the close and stores nothing.
/// </summary>
public sealed class SessionSequence
{
    public Guid SessionId { get; set; }
    public long LastSeq { get; set; }
    public bool Closed { get; set; }
}
