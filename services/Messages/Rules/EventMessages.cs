using System.Linq.Expressions;
using System.Text.Json;
using ChatPlatform.Messages.Model;

namespace ChatPlatform.Messages.Rules;

/// <summary>
/// The seq'd messages that tell clients about an edit or a delete: <c>message_type</c> system, empty content,
/// metadata <c>{"event": "message_updated"|"message_deleted", "message_id", ...}</c>. Other system messages
/// (joined, left, closed, assigned, transferred) have text, so empty content marks an event message; they are not
/// counted as unread nor shown as a session's last message.
/// </summary>
public static class EventMessages
{
    public const string MessageUpdated = "message_updated";
    public const string MessageDeleted = "message_deleted";

    public static readonly Expression<Func<Message, bool>> IsNotEvent =
        m => m.MessageType != MessageTypes.System || m.Content != string.Empty;

    public static string UpdatedMetadata(Guid messageId, string content, DateTimeOffset editedAt) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["event"] = MessageUpdated, ["message_id"] = messageId, ["content"] = content, ["edited_at"] = editedAt.UtcDateTime,
        });

    public static string DeletedMetadata(Guid messageId) =>
        JsonSerializer.Serialize(new Dictionary<string, object> { ["event"] = MessageDeleted, ["message_id"] = messageId });
}
