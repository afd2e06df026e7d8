using Microsoft.AspNetCore.Mvc;

namespace ChatPlatform.ServiceDefaults.Paging;

/// <summary>The <c>limit</c> and <c>cursor</c> query parameters of a list (SPEC.md section 2: default 50, max 200).</summary>
/// <remarks>Named explicitly: binding ignores case, but OpenAPI would publish the property names (<c>Limit</c>, <c>Cursor</c>).</remarks>
public sealed record PageRequest([FromQuery(Name = "limit")] int? Limit, [FromQuery(Name = "cursor")] string? Cursor)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>
    /// A limit outside 1 to <see cref="MaxLimit"/> or an unreadable cursor is a validation error: every list answers a
    /// limit past the maximum with 400 <c>validation_failed</c>, as Messages' history and search do.
    /// </summary>
    public bool TryResolve(out int limit, out KeysetCursor? cursor, out Dictionary<string, string[]> errors)
    {
        errors = [];
        limit = Limit ?? DefaultLimit;
        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"limit must be a whole number from 1 to {MaxLimit}."];
        }
        cursor = null;
        if (!string.IsNullOrEmpty(Cursor))
        {
            if (KeysetCursor.TryDecode(Cursor, out var decoded))
            {
                cursor = decoded;
            }
            else
            {
                errors["cursor"] = ["The cursor is not one this list returned."];
            }
        }
        return errors.Count == 0;
    }
}
