using ChatPlatform.ServiceDefaults.Auth;

namespace ChatPlatform.Sessions.Model;

/// <summary>
/// What Sessions knows of an account, projected from Identity's UserRegistered and UserRolesChanged: the display
/// name (canned-response variables) and the roles (a transfer's target must be an agent).
/// </summary>
public sealed class KnownUser
{
    public Guid UserId { get; init; }
    public string? DisplayName { get; set; }
    public List<string> Roles { get; set; } = [];

    /// <summary>The time of the event the roles came from; an older event never overwrites a newer one.</summary>
    public DateTimeOffset RolesAt { get; set; }

    public bool IsAgent => Roles.Contains(ChatRoles.Agent) || Roles.Contains(ChatRoles.Admin);
}
