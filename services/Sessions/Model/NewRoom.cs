namespace ChatPlatform.Sessions.Model;

/// <summary>A validated request to create a room.</summary>
public sealed record NewRoom(string Name, string? Description, bool IsPrivate)
{
    public const int MaxNameLength = 100;
    public const int MaxDescriptionLength = 1000;

    public static bool TryCreate(string? name, string? description, bool? isPrivate, out NewRoom? room, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var trimmedName = name?.Trim() ?? string.Empty;
        if (trimmedName.Length == 0)
        {
            errors["name"] = ["A name is required."];
        }
        else if (trimmedName.Length > MaxNameLength)
        {
            errors["name"] = [$"The name must be at most {MaxNameLength} characters."];
        }
        var trimmedDescription = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        if (trimmedDescription?.Length > MaxDescriptionLength)
        {
            errors["description"] = [$"The description must be at most {MaxDescriptionLength} characters."];
        }
        room = errors.Count == 0 ? new NewRoom(trimmedName, trimmedDescription, isPrivate ?? false) : null;
        return room is not null;
    }
}
