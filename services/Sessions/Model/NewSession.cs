namespace ChatPlatform.Sessions.Model;

/// <summary>A validated request to open a session; <see cref="OtherParticipantIds"/> never contains the creator.</summary>
public sealed record NewSession(string Title, SessionKind Kind, IReadOnlyList<Guid> OtherParticipantIds, Guid? RoomId)
{
    public const int MaxTitleLength = 200;
    public const int MaxParticipants = 1000;

    public SessionStatus InitialStatus => Kind == SessionKind.Support ? SessionStatus.Waiting : SessionStatus.Open;

    public static bool TryCreate(
        string? title, string? kind, IReadOnlyList<Guid>? participantIds, Guid? roomId, Guid creator,
        out NewSession? session, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var trimmedTitle = title?.Trim() ?? string.Empty;
        if (trimmedTitle.Length == 0)
        {
            errors["title"] = ["A title is required."];
        }
        else if (trimmedTitle.Length > MaxTitleLength)
        {
            errors["title"] = [$"The title must be at most {MaxTitleLength} characters."];
        }

        var parsedKind = ParseKind(kind);
        if (parsedKind is null)
        {
            errors["kind"] = ["The kind must be one of direct, group, support."];
        }

        participantIds ??= [];
        if (participantIds.Contains(Guid.Empty))
        {
            errors["participant_ids"] = ["Participant ids must be user ids."];
        }
        var others = participantIds.Where(id => id != creator && id != Guid.Empty).Distinct().ToList();
        if (parsedKind is { } k && KindError(k, others.Count, roomId) is { } kindError)
        {
            errors[kindError.Field] = [kindError.Message];
        }

        session = errors.Count == 0 ? new NewSession(trimmedTitle, parsedKind!.Value, others, roomId) : null;
        return session is not null;
    }

    private static SessionKind? ParseKind(string? kind) => kind?.Trim().ToLowerInvariant() switch
    {
        null or "" or "group" => SessionKind.Group,
        "direct" => SessionKind.Direct,
        "support" => SessionKind.Support,
        _ => null,
    };

    private static (string Field, string Message)? KindError(SessionKind kind, int otherCount, Guid? roomId) => kind switch
    {
        SessionKind.Direct when otherCount != 1 => ("participant_ids", "A direct session has exactly one other participant."),
        SessionKind.Support when otherCount != 0 => ("participant_ids", "A support session is opened by the customer alone; an agent joins by accepting it."),
        SessionKind.Group when otherCount > MaxParticipants - 1 => ("participant_ids", $"A session has at most {MaxParticipants} participants."),
        not SessionKind.Group when roomId is not null => ("room_id", "Only group sessions belong to a room."),
        _ => null,
    };
}
