using System.Text.Json;
using ChatPlatform.Contracts;

namespace ChatPlatform.Presence.Protocol;

/// <summary>
/// The message object of SPEC.md section 4, the same from a live <see cref="ChatMessage"/> and from a history page
/// (field for field as Messages' REST <c>MessageResponse</c> writes it: UTC times with Z, attachments as <c>{id}</c>).
/// A system message also carries <c>event</c> at the top level, copied from <c>metadata.event</c>.
/// </summary>
public static class MessageFrames
{
    private const string SystemType = "system";

    public static MessageFrame FromContract(ChatMessage message) => new(message.Seq, ServerFrames.Write(writer =>
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
        writer.WriteStartArray("attachments");
        foreach (var id in message.AttachmentIds ?? [])
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
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
        if (message.MessageType == SystemType && metadata is not null && EventOf(metadata.RootElement) is { } systemEvent)
        {
            writer.WriteString("event", systemEvent);
        }
    }));

    /// <summary>A message object of a history page, passed through as Messages wrote it (plus <c>event</c> for system messages).</summary>
    public static MessageFrame FromHistoryItem(JsonElement item)
    {
        var seq = item.GetProperty("seq").GetInt64();
        var isSystem = item.TryGetProperty("message_type", out var type) && type.ValueEquals(SystemType);
        var systemEvent = isSystem && !item.TryGetProperty("event", out _) && item.TryGetProperty("metadata", out var metadata) ? EventOf(metadata) : null;
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
        }));
    }

    private static string? EventOf(JsonElement metadata) =>
        metadata.ValueKind == JsonValueKind.Object && metadata.TryGetProperty("event", out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() : null;

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
