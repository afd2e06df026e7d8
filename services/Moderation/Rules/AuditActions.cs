namespace ChatPlatform.Moderation.Rules;

/// <summary>The audit log's action names, and the short forms the <c>action</c> filter accepts for some of them.</summary>
public static class AuditActions
{
    public const string SessionCreated = "session_created";
    public const string SessionClosed = "session_closed";
    public const string ParticipantAdded = "participant_added";
    public const string ParticipantRemoved = "participant_removed";
    public const string MessageEdited = "message_edited";
    public const string MessageDeleted = "message_deleted";
    public const string UserBlocked = "user_blocked";
    public const string UserUnblocked = "user_unblocked";
    public const string SessionAccepted = "session_accepted";
    public const string SessionTransferred = "session_transferred";
    public const string RolesChanged = "roles_changed";
    public const string LoginFailed = "login_failed";
    public const string MessageReported = "message_reported";
    public const string ReportResolved = "report_resolved";

    public static readonly IReadOnlyList<string> All =
    [
        SessionCreated, SessionClosed, ParticipantAdded, ParticipantRemoved, MessageEdited, MessageDeleted, UserBlocked,
        UserUnblocked, SessionAccepted, SessionTransferred, RolesChanged, LoginFailed, MessageReported, ReportResolved,
    ];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["block"] = UserBlocked,
        ["unblock"] = UserUnblocked,
        ["accept"] = SessionAccepted,
        ["transfer"] = SessionTransferred,
        ["edit"] = MessageEdited,
        ["delete"] = MessageDeleted,
        ["role_change"] = RolesChanged,
    };

    /// <summary>
    /// Reads the <c>action</c> filter: one action or a comma-separated list, full names or short forms, any case.
    /// An empty filter means every action (<paramref name="actions"/> empty); an unknown name is an error.
    /// </summary>
    public static bool TryParseFilter(string? filter, out IReadOnlyList<string> actions, out string? error)
    {
        actions = [];
        error = null;
        if (string.IsNullOrWhiteSpace(filter))
        {
            return true;
        }
        var resolved = new List<string>();
        foreach (var name in filter.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Resolve(name) is not { } action)
            {
                error = $"'{(name.Length > 40 ? name[..40] : name)}' is not an audit action. Known: {string.Join(", ", All)}, or {string.Join(", ", Aliases.Keys)}.";
                return false;
            }
            resolved.Add(action);
        }
        actions = resolved.Distinct().ToList();
        return true;
    }

    private static string? Resolve(string name) =>
        Aliases.TryGetValue(name, out var action) ? action
        : All.FirstOrDefault(known => string.Equals(known, name, StringComparison.OrdinalIgnoreCase));
}
