namespace ChatPlatform.Gateway.OpenApi;

/// <summary>
/// Every public operation of SPEC.md section 3. The merged <c>/openapi.json</c> starts from these, so
/// it lists the whole API even while a service is not deployed; a running service's own document
/// replaces the entries it serves.
/// </summary>
public static class PlannedApi
{
    private const string Identity = "identity", Sessions = "sessions", Messages = "messages", Presence = "presence", Moderation = "moderation";
    private const string Auth = "Auth", Discovery = "Discovery", Rooms = "Rooms", Support = "Support";

    public static IReadOnlyList<PlannedOperation> Operations { get; } =
    [
        new(Identity, "post", "/api/v1/auth/register", "Register a user", 201, Body: ["email", "password", "display_name"], Anonymous: true, Tag: Auth),
        new(Identity, "post", "/api/v1/auth/login", "Log in and get tokens", Body: ["email", "password"], Anonymous: true, Tag: Auth),
        new(Identity, "post", "/api/v1/auth/refresh", "Exchange a refresh token for new tokens", Body: ["refresh_token"], Anonymous: true, Tag: Auth),
        new(Identity, "get", "/api/v1/auth/me", "The caller's user", Tag: Auth),
        new(Identity, "put", "/api/v1/auth/users/{id}/roles", "Set a user's roles (admin)", Body: ["roles:array"], Tag: Auth),
        new(Identity, "get", "/api/v1/users", "Find people by name prefix or whole email address (id and display name)", Query: ["q", "limit"], Tag: "Users"),
        new(Identity, "get", "/.well-known/openid-configuration", "OpenID Connect discovery document", Anonymous: true, Tag: Discovery),
        new(Identity, "get", "/.well-known/jwks.json", "Token signing keys (JWKS)", Anonymous: true, Tag: Discovery),

        new(Sessions, "post", "/api/v1/chat/sessions", "Create a chat session", 201, Body: ["title", "kind", "participant_ids:array", "room_id:uuid"]),
        new(Sessions, "get", "/api/v1/chat/sessions", "The caller's sessions with unread_count and last_message", Query: ["limit", "cursor"]),
        new(Sessions, "get", "/api/v1/chat/sessions/{id}", "A session"),
        new(Sessions, "post", "/api/v1/chat/sessions/{id}/close", "Close a session, optionally with feedback", Body: ["feedback:object"]),
        new(Sessions, "get", "/api/v1/chat/sessions/{id}/participants", "A session's participants"),
        new(Sessions, "post", "/api/v1/chat/sessions/{id}/participants", "Add a participant", Body: ["user_id:uuid"]),
        new(Sessions, "delete", "/api/v1/chat/sessions/{id}/participants/{user_id}", "Remove a participant", 204),
        new(Sessions, "post", "/api/v1/chat/sessions/{id}/accept", "Accept a waiting support session (agents; first wins)", Tag: Support),
        new(Sessions, "post", "/api/v1/chat/sessions/{id}/transfer", "Transfer a support session to another agent", Body: ["agent_id:uuid"], Tag: Support),
        new(Sessions, "post", "/api/v1/chat/rooms", "Create a room", 201, Body: ["name", "description", "is_private:boolean"], Tag: Rooms),
        new(Sessions, "get", "/api/v1/chat/rooms", "Public rooms and the caller's rooms", Tag: Rooms),
        new(Sessions, "post", "/api/v1/chat/rooms/{id}/join", "Join a room's group session", Tag: Rooms),
        new(Sessions, "get", "/api/v1/chat/support/queue", "The support queue (agents)", Query: ["limit", "cursor"], Tag: Support),
        new(Sessions, "get", "/api/v1/chat/support/stats", "Support sessions by status, average first response and resolution times, CSAT (admin)", Query: ["days"], Tag: Support),
        new(Sessions, "get", "/api/v1/chat/canned-responses", "Canned responses (agents); session_id adds rendered_content", Query: ["session_id", "limit", "cursor"], Tag: Support),
        new(Sessions, "post", "/api/v1/chat/canned-responses", "Create a canned response", 201, Body: ["title", "shortcut", "content", "shared:boolean"], Tag: Support),
        new(Sessions, "put", "/api/v1/chat/canned-responses/{id}", "Update a canned response", Body: ["title", "shortcut", "content", "shared:boolean"], Tag: Support),
        new(Sessions, "delete", "/api/v1/chat/canned-responses/{id}", "Delete a canned response", 204, Tag: Support),
        new(Sessions, "post", "/api/v1/chat/canned-responses/{id}/render", "A canned response filled in for a session", Body: ["session_id:uuid"], Tag: Support),
        new(Sessions, "get", "/api/v1/chat/notification-preferences", "The caller's notification preferences"),
        new(Sessions, "put", "/api/v1/chat/notification-preferences", "Replace the caller's notification preferences", Body: ["muted_session_ids:array", "mentions_only:boolean", "notify_mentions_in_muted:boolean"]),

        new(Messages, "get", "/api/v1/chat/sessions/{id}/messages", "Message history (newest first; after_seq gives oldest first)", Query: ["limit", "before_seq", "after_seq"]),
        new(Messages, "post", "/api/v1/chat/sessions/{id}/messages", "Send a message", 201,
            Body: ["message_type", "content", "client_message_id", "metadata:object", "reply_to_id:uuid", "attachment_ids:array"]),
        new(Messages, "patch", "/api/v1/chat/messages/{id}", "Edit a message (author only)", Body: ["content"]),
        new(Messages, "delete", "/api/v1/chat/messages/{id}", "Delete a message (author or admin); returns the tombstone"),
        new(Messages, "post", "/api/v1/chat/messages/{id}/reactions", "React to a message", 201, Body: ["emoji"]),
        new(Messages, "delete", "/api/v1/chat/messages/{id}/reactions/{emoji}", "Remove a reaction; returns the message"),
        new(Messages, "post", "/api/v1/chat/sessions/{id}/mark-read", "Move the caller's read cursor forward", Body: ["up_to_message_id:uuid", "up_to_seq:integer"]),
        new(Messages, "get", "/api/v1/chat/sessions/{id}/read-cursors", "How far each participant has read", Query: ["limit", "cursor"]),
        new(Messages, "post", "/api/v1/chat/sessions/{id}/attachments", "Upload an attachment (max 100 MB)", 201, Body: ["file:binary"],
            BodyContentType: "multipart/form-data"),
        new(Messages, "get", "/api/v1/chat/attachments/{id}", "Download an attachment (supports Range)"),
        new(Messages, "get", "/api/v1/chat/search", "Search messages the caller may read", Query: ["q", "session_id", "limit", "cursor"]),

        new(Presence, "get", "/api/v1/chat/ws/{session_id}", "WebSocket for one session", 101, Query: ["token", "since_seq"]),
        new(Presence, "get", "/api/v1/chat/ws", "WebSocket for all of the caller's sessions", 101, Query: ["token"]),
        new(Presence, "get", "/api/v1/chat/ws-stats", "Connection statistics (admin)"),
        new(Presence, "get", "/api/v1/chat/presence", "Online status of users", Query: ["user_ids"]),

        new(Moderation, "post", "/api/v1/chat/block", "Block a user", Body: ["user_id:uuid"]),
        new(Moderation, "post", "/api/v1/chat/unblock", "Unblock a user", Body: ["user_id:uuid"]),
        new(Moderation, "get", "/api/v1/chat/blocks", "Users the caller has blocked"),
        new(Moderation, "post", "/api/v1/chat/reports", "Report a message", 201, Body: ["message_id:uuid", "reason"]),
        new(Moderation, "get", "/api/v1/chat/reports", "Reports to review (admin)", Query: ["status", "limit", "cursor"]),
        new(Moderation, "post", "/api/v1/chat/reports/{id}/resolve", "Resolve a report (admin)", Body: ["resolution"]),
        new(Moderation, "get", "/api/v1/chat/audit-log", "The audit log (admin)", Query: ["actor_id", "session_id", "action", "limit", "cursor"]),
    ];
}
