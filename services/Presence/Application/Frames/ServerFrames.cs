using ChatPlatform.ServiceDefaults.Problems;
using System.Buffers;
using System.Text.Json;
using ChatPlatform.Contracts;

namespace ChatPlatform.Presence.Application.Frames;

/// <summary>The server frames of SPEC.md section 4, serialized once and shared by every socket they go to.</summary>
public static class ServerFrames
{
    public static readonly byte[] Pong = Write(writer => writer.WriteString("message_type", "pong"));

    public static byte[] Ack(Guid sessionId, string? clientMessageId, Guid messageId, long seq) => Write(writer =>
    {
        writer.WriteString("message_type", "ack");
        writer.WriteString("chat_session_id", sessionId);
        writer.WriteString("client_message_id", clientMessageId);
        writer.WriteString("id", messageId);
        writer.WriteNumber("seq", seq);
    });

    /// <summary>An error of Presence's own: the code's wire form (<see cref="ErrorCodeExtensions.ToWire"/>), as a problem would carry it.</summary>
    public static byte[] Error(ErrorCode code, string detail, string? clientMessageId = null, Guid? sessionId = null, int? retryAfterMs = null) =>
        Error(code.ToWire(), detail, clientMessageId, sessionId, retryAfterMs);

    /// <summary>An error with a wire code as Messages answered it (a refused send).</summary>
    public static byte[] Error(string code, string detail, string? clientMessageId = null, Guid? sessionId = null, int? retryAfterMs = null) => Write(writer =>
    {
        writer.WriteString("message_type", "error");
        writer.WriteString("code", code);
        writer.WriteString("detail", detail);
        if (clientMessageId is not null)
        {
            writer.WriteString("client_message_id", clientMessageId);
        }
        if (sessionId is { } id)
        {
            writer.WriteString("chat_session_id", id);
        }
        if (retryAfterMs is { } retryAfter)
        {
            writer.WriteNumber("retry_after_ms", retryAfter);
        }
    });

    public static byte[] Typing(Guid sessionId, Guid userId, bool isTyping) => Write(writer =>
    {
        writer.WriteString("message_type", "typing");
        writer.WriteString("chat_session_id", sessionId);
        writer.WriteString("user_id", userId);
        writer.WriteBoolean("is_typing", isTyping);
    });

    public static byte[] ReadReceipt(Guid sessionId, Guid userId, long upToSeq) => Write(writer =>
    {
        writer.WriteString("message_type", "read_receipt");
        writer.WriteString("chat_session_id", sessionId);
        writer.WriteString("user_id", userId);
        writer.WriteNumber("up_to_seq", upToSeq);
    });

    public static byte[] Reaction(ReactionChanged reaction) => Write(writer =>
    {
        writer.WriteString("message_type", "reaction");
        writer.WriteString("chat_session_id", reaction.SessionId);
        writer.WriteString("message_id", reaction.MessageId);
        writer.WriteString("user_id", reaction.UserId);
        writer.WriteString("emoji", reaction.Emoji);
        writer.WriteString("action", reaction.Added ? "added" : "removed");
        writer.WriteStartObject("counts");
        foreach (var (emoji, count) in reaction.Counts)
        {
            writer.WriteNumber(emoji, count);
        }
        writer.WriteEndObject();
    });

    public static byte[] Presence(Guid userId, string status, DateTimeOffset? lastSeen) => Write(writer =>
    {
        writer.WriteString("message_type", "presence");
        writer.WriteString("user_id", userId);
        writer.WriteString("status", status);
        if (lastSeen is { } seen)
        {
            writer.WriteString("last_seen", seen);
        }
        else
        {
            writer.WriteNull("last_seen");
        }
    });

    internal static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
