namespace ChatPlatform.Contracts.Internal;

/// <summary>
/// Sessions' membership events of one commit, handed straight to Messages (<c>POST /internal/membership/changes</c>)
/// before Sessions answers, so a client may send to a session the moment it was created or joined. The same events
/// reach Messages over the bus as well; applying them twice changes nothing.
/// </summary>
public sealed record MembershipChanges(
    IReadOnlyList<ChatSessionCreated> Created,
    IReadOnlyList<ParticipantAdded> Added,
    IReadOnlyList<ParticipantRemoved> Removed,
    IReadOnlyList<ChatSessionClosed> Closed)
{
    public static MembershipChanges From(IEnumerable<object> events)
    {
        var list = events.ToList();
        return new([.. list.OfType<ChatSessionCreated>()], [.. list.OfType<ParticipantAdded>()],
            [.. list.OfType<ParticipantRemoved>()], [.. list.OfType<ChatSessionClosed>()]);
    }

    public int Count => Created.Count + Added.Count + Removed.Count + Closed.Count;
}
