namespace ChatPlatform.Messages.Model;

/// <summary>
/// A participant as projected from Sessions' events. Removal keeps the row (inactive) and every change carries
/// the time of the event behind it, so events applied out of order never undo a newer change.
/// </summary>
public sealed class SessionMember
{
    public Guid SessionId { get; set; }
    public Guid UserId { get; set; }
    public bool IsActive { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
