namespace ChatPlatform.Gateway.Tests.Infrastructure;

/// <summary>Every public path of SPEC.md section 3, written as the contract writes them.</summary>
public static class SpecPaths
{
    public static readonly string[] All =
    [
        "/api/v1/auth/register", "/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/me",
        "/api/v1/auth/users/{id}/roles", "/.well-known/openid-configuration", "/.well-known/jwks.json",
        "/api/v1/chat/sessions", "/api/v1/chat/sessions/{id}", "/api/v1/chat/sessions/{id}/close",
        "/api/v1/chat/sessions/{id}/participants", "/api/v1/chat/sessions/{id}/participants/{user_id}",
        "/api/v1/chat/rooms", "/api/v1/chat/rooms/{id}/join", "/api/v1/chat/support/queue",
        "/api/v1/chat/sessions/{id}/accept", "/api/v1/chat/sessions/{id}/transfer",
        "/api/v1/chat/canned-responses", "/api/v1/chat/canned-responses/{id}", "/api/v1/chat/notification-preferences",
        "/api/v1/chat/sessions/{id}/messages", "/api/v1/chat/messages/{id}", "/api/v1/chat/messages/{id}/reactions",
        "/api/v1/chat/messages/{id}/reactions/{emoji}", "/api/v1/chat/sessions/{id}/mark-read",
        "/api/v1/chat/sessions/{id}/attachments", "/api/v1/chat/attachments/{id}", "/api/v1/chat/search",
        "/api/v1/chat/ws/{session_id}", "/api/v1/chat/ws", "/api/v1/chat/ws-stats", "/api/v1/chat/presence",
        "/api/v1/chat/block", "/api/v1/chat/unblock", "/api/v1/chat/blocks", "/api/v1/chat/reports", "/api/v1/chat/audit-log",
        "/api/v1/chat/reports/{id}/resolve", "/api/v1/chat/canned-responses/{id}/render",
    ];

    /// <summary>Public paths SPEC.md is silent on, added for the web app (issue 14): the user directory, support stats, read cursors.</summary>
    public static readonly string[] BeyondSpec = ["/api/v1/users", "/api/v1/chat/support/stats", "/api/v1/chat/sessions/{id}/read-cursors"];
}
