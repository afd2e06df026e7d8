using System.Security.Claims;

namespace ChatPlatform.ServiceDefaults.Auth;

/// <summary>Claim names in ChatPlatform's access tokens and how services read them.</summary>
public static class ChatClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Email = "email";
    public const string Name = "name";

    public static Guid UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(Subject), out var id) ? id : Guid.Empty;

    public static bool IsAdmin(this ClaimsPrincipal user) => user.IsInRole(ChatRoles.Admin);

    public static bool IsAgent(this ClaimsPrincipal user) => user.IsInRole(ChatRoles.Agent) || user.IsInRole(ChatRoles.Admin);
}
