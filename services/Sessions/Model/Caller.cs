using System.Security.Claims;
using ChatPlatform.ServiceDefaults.Auth;

namespace ChatPlatform.Sessions.Model;

/// <summary>Who is asking: the user id and the roles that widen what they may see.</summary>
public readonly record struct Caller(Guid UserId, bool IsAdmin, bool IsAgent)
{
    public static Caller From(ClaimsPrincipal user) => new(user.UserId(), user.IsAdmin(), user.IsAgent());
}
