using System.Globalization;

namespace ChatPlatform.Messages.Rules;

/// <summary>
/// <c>GET /api/v1/chat/search?q=&amp;session_id=&amp;limit=&amp;cursor=</c>: q is required; the cursor is the id of the
/// last message of the previous page (ids are UUID v7, so id order is time order: newest first).
/// </summary>
public sealed record SearchQuery(string Text, Guid? SessionId, int Limit, Guid? Before)
{
    public const int MaxTextLength = 256;

    public static (SearchQuery? Query, Dictionary<string, string[]> Errors) Parse(string? q, string? sessionId, string? limit, string? cursor)
    {
        var errors = new Dictionary<string, string[]>();
        // Line breaks and tabs (pasted text) are spaces to the search; other control characters (NUL above all,
        // which PostgreSQL cannot take) are refused.
        q = q is null ? null : new string(q.Select(c => char.IsWhiteSpace(c) ? ' ' : c).ToArray());
        if (string.IsNullOrWhiteSpace(q) || q.Length > MaxTextLength || q.Any(char.IsControl))
        {
            errors["q"] = [$"q is required (1 to {MaxTextLength} characters, no control characters)."];
        }
        var pageSize = HistoryQuery.DefaultLimit;
        if (!string.IsNullOrWhiteSpace(limit)
            && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > HistoryQuery.MaxLimit))
        {
            errors["limit"] = [$"limit must be a whole number from 1 to {HistoryQuery.MaxLimit}."];
        }
        var session = ParseId("session_id", sessionId, errors);
        var before = ParseId("cursor", cursor, errors);
        return errors.Count > 0 ? (null, errors) : (new SearchQuery(q!.Trim(), session, pageSize, before), errors);
    }

    private static Guid? ParseId(string field, string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (Guid.TryParse(value, out var id))
        {
            return id;
        }
        errors[field] = [$"{field} is not valid."];
        return null;
    }
}
