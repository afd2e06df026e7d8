using System.Text.Json;
using ChatPlatform.Contracts;

namespace ChatPlatform.Presence.Application.Frames;

/// <summary>
/// The message object of SPEC.md section 4, the same from a live <see cref="ChatMessage"/> and from a history page
/// (field for field as Messages' REST <c>MessageResponse</c> writes it: UTC times with Z, attachments described in full,
/// <c>reactions</c>).
/// A system message also carries <c>event</c> at the top level, copied from <c>metadata.event</c>; the event messages
/// of an edit or a delete become <c>message_updated</c> / <c>message_deleted</c> frames (<see cref="EditFrames"/>).
/// </summary>
public static class MessageFrames
{
    private const string SystemType = "system";

    public static MessageFrame FromContract(ChatMessage message)
    {
        if (message.MessageType == SystemType && message.MetadataJson is not null)
        {
            using var metadata = JsonDocument.Parse(message.MetadataJson);
            if (EditFrames.TryWrite(metadata.RootElement, message.ChatSessionId, message.UserId, message.Seq) is { } edit)
            {
                return new MessageFrame(message.Seq, edit, message.UserId);
            }
        }
        return new MessageFrame(message.Seq, WriteMessage(message), message.UserId);
    }

    private static byte[] WriteMessage(ChatMessage message) => ServerFrames.Write(writer =>
    {
        writer.WriteString("id", message.Id);
        writer.WriteString("chat_session_id", message.ChatSessionId);
        writer.WriteString("user_id", message.UserId);
        writer.WriteString("message_type", message.MessageType);
        writer.WriteString("content", message.Content);
        writer.WriteString("client_message_id", message.ClientMessageId);
        writer.WriteNumber("seq", message.Seq);
        writer.WriteString("timestamp", message.Timestamp.UtcDateTime);
        if (message.EditedAt is { } editedAt)
        {
            writer.WriteString("edited_at", editedAt.UtcDateTime);
        }
        else
        {
            writer.WriteNull("edited_at");
        }
        writer.WriteBoolean("deleted", message.Deleted);
        if (message.ReplyToId is { } replyTo)
        {
            writer.WriteString("reply_to_id", replyTo);
        }
        else
        {
            writer.WriteNull("reply_to_id");
        }
        WriteIds(writer, "mentions", message.Mentions ?? []);
        WriteAttachments(writer, message);
        writer.WritePropertyName("metadata");
        using var metadata = message.MetadataJson is null ? null : JsonDocument.Parse(message.MetadataJson);
        if (metadata is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            metadata.RootElement.WriteTo(writer);
        }
        // MessagePosted announces a new message: it has no reactions yet (they change through ReactionChanged).
        writer.WriteStartObject("reactions");
        writer.WriteEndObject();
        if (message.MessageType == SystemType && metadata is not null && EventOf(metadata.RootElement) is { } systemEvent)
        {
            writer.WriteString("event", systemEvent);
        }
    });

    /// <summary>A message object of a history page, passed through as Messages wrote it (plus <c>event</c> for system messages).</summary>
    public static MessageFrame FromHistoryItem(JsonElement item)
    {
        var seq = item.GetProperty("seq").GetInt64();
        Guid? author = item.TryGetProperty("user_id", out var userId) && userId.TryGetGuid(out var id) ? id : null;
        var isSystem = item.TryGetProperty("message_type", out var type) && type.ValueEquals(SystemType);
        var hasMetadata = item.TryGetProperty("metadata", out var metadata);
        if (isSystem && hasMetadata && author is { } editor && item.TryGetProperty("chat_session_id", out var session) && session.TryGetGuid(out var sessionId)
            && EditFrames.TryWrite(metadata, sessionId, editor, seq) is { } edit)
        {
            return new MessageFrame(seq, edit, author);
        }
        var systemEvent = isSystem && !item.TryGetProperty("event", out _) && hasMetadata ? EventOf(metadata) : null;
        return new MessageFrame(seq, ServerFrames.Write(writer =>
        {
            foreach (var property in item.EnumerateObject())
            {
                property.WriteTo(writer);
            }
            if (systemEvent is not null)
            {
                writer.WriteString("event", systemEvent);
            }
        }), author);
    }

    private static string? EventOf(JsonElement metadata) =>
        metadata.ValueKind == JsonValueKind.Object && metadata.TryGetProperty("event", out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() : null;

    /// <summary>Each as Messages' REST writes it, <c>{id, file_name, content_type, size, sha256, url}</c> (ids alone from older senders).</summary>
    private static void WriteAttachments(Utf8JsonWriter writer, ChatMessage message)
    {
        writer.WriteStartArray("attachments");
        if (message.Attachments is { } attachments)
        {
            foreach (var attachment in attachments)
            {
                writer.WriteStartObject();
                writer.WriteString("id", attachment.Id);
                writer.WriteString("file_name", attachment.FileName);
                writer.WriteString("content_type", attachment.ContentType);
                writer.WriteNumber("size", attachment.Size);
                writer.WriteString("sha256", attachment.Sha256);
                writer.WriteString("url", attachment.Url);
                writer.WriteEndObject();
            }
        }
        else
        {
            foreach (var id in message.AttachmentIds ?? [])
            {
                writer.WriteStartObject();
                writer.WriteString("id", id);
                writer.WriteEndObject();
            }
        }
        writer.WriteEndArray();
    }

    private static void WriteIds(Utf8JsonWriter writer, string name, IReadOnlyList<Guid> ids)
    {
        writer.WriteStartArray(name);
        foreach (var id in ids)
        {
            writer.WriteStringValue(id);
        }
        writer.WriteEndArray();
    }
}
