using Microsoft.Net.Http.Headers;

namespace ChatPlatform.Messages.Apis;

internal static class BearerToken
{
    /// <summary>The caller's access token, forwarded to Sessions on the cold path.</summary>
    public static string? From(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
