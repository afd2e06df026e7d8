using System.Security.Claims;

namespace ChatPlatform.Sessions.Model;

public static class TokenClaims
{
    /// <summary>When the caller's access token was issued (<c>iat</c>); the epoch when it has none.</summary>
    public static DateTimeOffset IssuedAt(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue("iat"), out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : DateTimeOffset.UnixEpoch;
}
