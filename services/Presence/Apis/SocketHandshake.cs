using System.Globalization;
using System.Security.Claims;
using ChatPlatform.ServiceDefaults.Auth;

namespace ChatPlatform.Presence.Apis;

/// <summary>What a handshake carries besides the route: the bearer token (header or <c>?token=</c>) and its expiry.</summary>
public static class SocketHandshake
{
    public static string AccessToken(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header["Bearer ".Length..].Trim()
            : context.Request.Query[AccessTokenQuery.Name].ToString();
    }

    public static DateTimeOffset TokenExpiresAt(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue("exp"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.MaxValue;

    public static Guid UserId(ClaimsPrincipal user) => user.UserId();

    public static bool IsAgent(ClaimsPrincipal user) => user.IsInRole(ChatRoles.Agent);

    /// <summary>since_seq: absent, or a whole number 0 or more.</summary>
    public static bool TryParseSinceSeq(string? value, out long? sinceSeq)
    {
        sinceSeq = null;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
        {
            sinceSeq = seq;
            return true;
        }
        return false;
    }
}
