namespace ChatPlatform.Messages.Model;

/// <summary>What Messages knows of a session (projected from Sessions' events). A closed session stays closed.</summary>
public sealed class SessionState
{
    public Guid SessionId { get; set; }
    public string? Kind { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
