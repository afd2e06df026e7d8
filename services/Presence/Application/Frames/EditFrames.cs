using System.Text.Json;

namespace ChatPlatform.Presence.Application.Frames;

/// <summary>
/// The event messages Messages appends for an edit or a delete (system messages with <c>metadata.event</c>
/// <c>message_updated</c> / <c>message_deleted</c>, each with its own seq) as the frames clients act on:
/// <c>{"message_type":"message_updated","chat_session_id","id","message_id","content","edited_at","seq","user_id"}</c> and
/// <c>{"message_type":"message_deleted","chat_session_id","id","message_id","seq"}</c>, where <c>id</c> is the changed
/// message and <c>seq</c> the event's own. Null for any other metadata.
/// </summary>
public static class EditFrames
{
    public const string Updated = "message_updated";
    public const string Deleted = "message_deleted";

    public static byte[]? TryWrite(JsonElement metadata, Guid sessionId, Guid userId, long seq)
    {
        if (metadata.ValueKind != JsonValueKind.Object
            || !metadata.TryGetProperty("event", out var kind)
            || !(kind.ValueEquals(Updated) || kind.ValueEquals(Deleted))
            || !metadata.TryGetProperty("message_id", out var changed)
            || !changed.TryGetGuid(out var messageId))
        {
            return null;
        }
        var updated = kind.ValueEquals(Updated);
        return ServerFrames.Write(writer =>
        {
            writer.WriteString("message_type", updated ? Updated : Deleted);
            writer.WriteString("chat_session_id", sessionId);
            writer.WriteString("id", messageId);
            writer.WriteString("message_id", messageId);
            if (updated)
            {
                CopyOrNull(writer, metadata, "content");
                CopyOrNull(writer, metadata, "edited_at");
            }
            writer.WriteNumber("seq", seq);
            if (updated)
            {
                writer.WriteString("user_id", userId);
            }
        });
    }

    private static void CopyOrNull(Utf8JsonWriter writer, JsonElement metadata, string name)
    {
        writer.WritePropertyName(name);
        if (metadata.TryGetProperty(name, out var value))
        {
            value.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
