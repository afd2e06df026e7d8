namespace ChatPlatform.Sessions.Model;

/// <summary>A named group channel. Its conversation is one group session (<see cref="SessionId"/>).</summary>
public sealed class Room
{
    private Room()
    {
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = string.Empty;
    public string? Description { get; private set; }
    public bool IsPrivate { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid SessionId { get; private set; }

    /// <summary>Creates the room and its group session, with the creator as the session's owner.</summary>
    public static (Room Room, ChatSession Session) Create(NewRoom draft, Guid creator, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7(now);
        var session = ChatSession.Open(new NewSession(draft.Name, SessionKind.Group, [], id), creator, now);
        var room = new Room
        {
            Id = id,
            Name = draft.Name,
            Description = draft.Description,
            IsPrivate = draft.IsPrivate,
            CreatedBy = creator,
            CreatedAt = now,
            SessionId = session.Id,
        };
        return (room, session);
    }

    /// <summary>Public rooms are visible to everyone; a private one only to its participants (and admins).</summary>
    public bool IsVisibleTo(Caller caller, ChatSession session) =>
        !IsPrivate || caller.IsAdmin || session.IsParticipant(caller.UserId);
}
