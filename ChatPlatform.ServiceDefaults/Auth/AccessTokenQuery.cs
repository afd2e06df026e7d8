using Microsoft.AspNetCore.Http;

namespace ChatPlatform.ServiceDefaults.Auth;

/// <summary>
/// Where an access token may come as <c>?token=</c>: the WebSocket handshakes of SPEC.md section 4 only
/// (<c>/api/v1/chat/ws</c> and <c>/api/v1/chat/ws/{session_id}</c>), because browsers cannot set headers on a
/// WebSocket. Everywhere else the query token is ignored (the request is then anonymous, so 401): a token in a URL
/// ends up in logs, proxies and browser history.
/// </summary>
public static class AccessTokenQuery
{
    public const string Name = "token";
    public static readonly PathString WebSocketPath = new("/api/v1/chat/ws");

    public static bool IsAllowed(PathString path) =>
        path.StartsWithSegments(WebSocketPath, StringComparison.OrdinalIgnoreCase, out var rest)
        && (!rest.HasValue || rest.Value!.IndexOf('/', 1) < 0);
}
