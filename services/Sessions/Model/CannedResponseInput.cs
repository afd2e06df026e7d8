namespace ChatPlatform.Sessions.Model;

/// <summary>A validated canned response as a client sent it (create or replace).</summary>
public sealed record CannedResponseInput(string Title, string Shortcut, string Content, bool? Shared)
{
    public const int MaxTitleLength = 100;
    public const int MaxShortcutLength = 32;
    public const int MaxContentLength = 4000;

    public static bool TryCreate(
        string? title, string? shortcut, string? content, bool? shared, out CannedResponseInput? input, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var trimmedTitle = title?.Trim() ?? string.Empty;
        if (trimmedTitle.Length is 0 or > MaxTitleLength)
        {
            errors["title"] = [$"A title of 1 to {MaxTitleLength} characters is required."];
        }
        var trimmedShortcut = shortcut?.Trim() ?? string.Empty;
        if (trimmedShortcut.Length is 0 or > MaxShortcutLength || trimmedShortcut.Any(char.IsWhiteSpace))
        {
            errors["shortcut"] = [$"A shortcut of 1 to {MaxShortcutLength} characters without spaces is required."];
        }
        if (string.IsNullOrWhiteSpace(content) || content.Length > MaxContentLength)
        {
            errors["content"] = [$"Content of 1 to {MaxContentLength} characters is required."];
        }
        input = errors.Count == 0 ? new CannedResponseInput(trimmedTitle, trimmedShortcut, content!, shared) : null;
        return input is not null;
    }
}
