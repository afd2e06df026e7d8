using ChatPlatform.ServiceDefaults.Auth;

namespace ChatPlatform.Identity.Rules;

/// <summary>Which role lists an admin may assign: a non-empty list of known roles, compared case-insensitively.</summary>
public static class RoleRules
{
    public static readonly IReadOnlyList<string> Default = [ChatRoles.User];

    /// <summary>The roles in lower case, duplicates removed, order kept; or the reason they are not acceptable.</summary>
    public static bool TryNormalize(IReadOnlyList<string?>? roles, out List<string> normalized, out string? error)
    {
        normalized = [];
        error = null;
        if (roles is null || roles.Count == 0)
        {
            error = "At least one role is required.";
            return false;
        }
        foreach (var role in roles)
        {
            var name = role?.Trim().ToLowerInvariant();
            if (name is null || !ChatRoles.All.Contains(name))
            {
                error = $"Unknown role '{role}'. Known roles: {string.Join(", ", KnownRoles)}.";
                return false;
            }
            if (!normalized.Contains(name))
            {
                normalized.Add(name);
            }
        }
        return true;
    }

    private static readonly string[] KnownRoles = [ChatRoles.User, ChatRoles.Agent, ChatRoles.Admin];
}
