using System.Text.Json;

namespace ChatPlatform.Contracts.Internal;

/// <summary>
/// One session in Messages' <c>GET /internal/sessions/summaries?session_ids=</c> (a map from session id), for the
/// caller whose token Sessions forwards: unread messages, the newest message (a <see cref="MessageResponse"/>, kept as
/// raw JSON so Sessions passes it on as its list's <c>last_message</c> exactly as Messages wrote it) and unread messages
/// that mention the caller.
/// </summary>
public sealed record SessionSummaryResponse(int UnreadCount, JsonElement? LastMessage, int UnreadMentionCount);
