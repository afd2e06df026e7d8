using Microsoft.Net.Http.Headers;

namespace ChatPlatform.Messages.Apis;

internal static class BearerToken
{
    /// <summary>The caller's access token: there is one on every user's request (a bus send has none).</summary>
    public static string? From(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
