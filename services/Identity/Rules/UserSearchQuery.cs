namespace ChatPlatform.Identity.Rules;

/// <summary>
/// What a people-picker search may ask: a display-name prefix (at least <see cref="MinLength"/> characters, matched at
/// the start of the name or of any word in it), or a whole email address, which matches only that account exactly, so
/// the directory never lists anyone's email and cannot be walked by email prefix.
/// </summary>
public sealed record UserSearchQuery(string Text, bool IsEmail, int Limit)
{
    public const int MinLength = 2;
    public const int MaxLength = EmailAddress.MaxLength;
    public const int DefaultLimit = 10;
    public const int MaxLimit = 20;

    public static bool TryParse(string? q, int? limit, out UserSearchQuery? query, out Dictionary<string, string[]> errors)
    {
        errors = [];
        query = null;
        var text = q?.Trim() ?? string.Empty;
        if (text.Length < MinLength || text.Length > MaxLength)
        {
            errors["q"] = [$"Type {MinLength} to {MaxLength} characters of a name, or a whole email address."];
        }
        else if (text.Contains('@') && !EmailAddress.IsValid(text))
        {
            errors["q"] = ["An email address is only looked up whole (name@example.com)."];
        }
        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"The limit must be between 1 and {MaxLimit}."];
        }
        if (errors.Count > 0)
        {
            return false;
        }
        var isEmail = text.Contains('@');
        query = new UserSearchQuery(isEmail ? EmailAddress.Normalize(text) : text, isEmail, limit ?? DefaultLimit);
        return true;
    }

    /// <summary>The ILIKE patterns for a name search: the name starts with the text, or a word in it does.</summary>
    public (string Start, string WordStart) NamePatterns()
    {
        var escaped = Text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
        return ($"{escaped}%", $"% {escaped}%");
    }
}
