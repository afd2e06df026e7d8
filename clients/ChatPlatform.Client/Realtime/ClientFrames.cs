using System.Buffers;
using System.Text.Json;

namespace ChatPlatform.Client.Realtime;

/// <summary>The frames a client sends (SPEC.md section 4), written straight to UTF-8.</summary>
public static class ClientFrames
{
    /// <summary>The server's frame limit (1009 above it).</summary>
    public const int MaxFrameBytes = 64 * 1024;

    public static byte[] Send(Guid? sessionId, string content, string clientMessageId, ChatSendOptions? options) =>
        Write(writer =>
        {
            writer.WriteString("message_type"u8, options?.MessageType ?? ChatFrameTypes.Text);
            WriteSession(writer, sessionId);
            writer.WriteString("content"u8, content);
            writer.WriteString("client_message_id"u8, clientMessageId);
            if (options?.Metadata is { } metadata)
            {
                writer.WritePropertyName("metadata"u8);
                metadata.WriteTo(writer);
            }
            if (options?.ReplyToId is { } replyTo)
            {
                writer.WriteString("reply_to_id"u8, replyTo);
            }
            if (options?.AttachmentIds is { Count: > 0 } attachments)
            {
                writer.WriteStartArray("attachment_ids"u8);
                foreach (var id in attachments)
                {
                    writer.WriteStringValue(id);
                }
                writer.WriteEndArray();
            }
        });

    public static byte[] Typing(Guid? sessionId, bool isTyping) => Write(writer =>
    {
        writer.WriteString("message_type"u8, ChatFrameTypes.Typing);
        WriteSession(writer, sessionId);
        writer.WriteBoolean("is_typing"u8, isTyping);
    });

    public static byte[] Read(Guid? sessionId, long upToSeq) => Write(writer =>
    {
        writer.WriteString("message_type"u8, ChatFrameTypes.Read);
        WriteSession(writer, sessionId);
        writer.WriteNumber("up_to_seq"u8, upToSeq);
    });

    public static byte[] Subscribe(Guid sessionId, long? sinceSeq) => Write(writer =>
    {
        writer.WriteString("message_type"u8, ChatFrameTypes.Subscribe);
        writer.WriteString("chat_session_id"u8, sessionId);
        if (sinceSeq is { } since)
        {
            writer.WriteNumber("since_seq"u8, since);
        }
    });

    public static byte[] Unsubscribe(Guid sessionId) => Write(writer =>
    {
        writer.WriteString("message_type"u8, ChatFrameTypes.Unsubscribe);
        writer.WriteString("chat_session_id"u8, sessionId);
    });

    public static readonly byte[] Ping = """{"message_type":"ping"}"""u8.ToArray();

    private static void WriteSession(Utf8JsonWriter writer, Guid? sessionId)
    {
        if (sessionId is { } id)
        {
            writer.WriteString("chat_session_id"u8, id);
        }
    }

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
