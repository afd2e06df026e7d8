using ChatPlatform.ServiceDefaults.Data;

namespace ChatPlatform.Identity.Model;

/// <summary>An account. <see cref="NormalizedEmail"/> is unique, so email addresses are unique regardless of case.</summary>
public sealed class User
{
    public Guid Id { get; set; }
    public required string Email { get; set; }
    public required string NormalizedEmail { get; set; }
    public required string DisplayName { get; set; }
    public string PasswordHash { get; set; } = string.Empty;
    public List<string> Roles { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }

    public static User Create(string email, string normalizedEmail, string displayName, IEnumerable<string> roles, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Email = email,
        NormalizedEmail = normalizedEmail,
        DisplayName = displayName,
        Roles = [.. roles],
        CreatedAt = StoredTime.ToStoredPrecision(now),
    };
}
