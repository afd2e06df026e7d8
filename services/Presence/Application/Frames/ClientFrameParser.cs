using System.Text.Json;
using ChatPlatform.Presence.Rules;

namespace ChatPlatform.Presence.Application.Frames;

/// <summary>
/// Turns a client text frame into a <see cref="ClientFrame"/>, or says precisely why it is not one. Never throws:
/// every byte sequence is a frame or a reason.
/// </summary>
/// <remarks>
/// System.Text.Json checks escapes only when a string is decoded: valid JSON such as <c>"a\ud800b"</c> (a lone
/// surrogate, which a browser sends when it cuts a message inside an emoji) parses, and then reading that string or
/// looking a property up past such a name throws <see cref="InvalidOperationException"/>. That exception is what a
/// string that is not text raises here, so it is answered like any other invalid field.
/// </remarks>
public static class ClientFrameParser
{
    public const string NotText = "The frame has a string that is not valid text (a lone surrogate escape such as \\ud800).";

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 32 };

    public static FrameParseResult Parse(ReadOnlyMemory<byte> utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, DocumentOptions);
        }
        catch (JsonException)
        {
            return FrameParseResult.Invalid("The frame is not valid JSON.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return FrameParseResult.Invalid("The frame must be a JSON object.");
            }
            var clientMessageId = ClientMessageIdOf(root);
            try
            {
                return ParseObject(root);
            }
            catch (FrameFieldException exception)
            {
                return FrameParseResult.Invalid(exception.Message, clientMessageId);
            }
            catch (InvalidOperationException)
            {
                return FrameParseResult.Invalid(NotText, clientMessageId);
            }
        }
    }

    /// <summary>The frame's client_message_id for its error frame, when it has a readable one.</summary>
    private static string? ClientMessageIdOf(JsonElement root)
    {
        try
        {
            return root.TryGetProperty("client_message_id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static FrameParseResult ParseObject(JsonElement root)
    {
        if (!root.TryGetProperty("message_type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            throw new FrameFieldException("message_type is required.");
        }
        var sessionId = OptionalGuid(root, "chat_session_id");
        var messageType = typeElement.GetString()!;
        ClientFrame frame = messageType switch
        {
            "text" or "image" or "file" => ParseSend(root, sessionId, messageType),
            "typing" => new TypingFrame(sessionId, OptionalBool(root, "is_typing") ?? true),
            "read" => new ReadFrame(sessionId, OptionalSeq(root, "up_to_seq") ?? throw new FrameFieldException("up_to_seq is required.")),
            "ping" => new PingFrame(sessionId),
            "subscribe" => new SubscribeFrame(sessionId, OptionalSeq(root, "since_seq")),
            "unsubscribe" => new UnsubscribeFrame(sessionId),
            "presence" => new PresenceStatusFrame(sessionId, ParseStatus(root)),
            _ => throw new FrameFieldException($"Unknown message_type '{Truncate(messageType)}'."),
        };
        return FrameParseResult.Ok(frame);
    }

    private static SendFrame ParseSend(JsonElement root, Guid? sessionId, string messageType)
    {
        if (!root.TryGetProperty("content", out var contentElement) || contentElement.ValueKind != JsonValueKind.String)
        {
            throw new FrameFieldException("content is required and must be a string.");
        }
        var content = contentElement.GetString()!;
        if (messageType == "text" && string.IsNullOrWhiteSpace(content))
        {
            throw new FrameFieldException("content must not be empty.");
        }
        var clientMessageId = OptionalString(root, "client_message_id");
        var metadata = root.TryGetProperty("metadata", out var metadataElement) ? metadataElement.ValueKind switch
        {
            JsonValueKind.Object => metadataElement.GetRawText(),
            JsonValueKind.Null => null,
            _ => throw new FrameFieldException("metadata must be an object."),
        } : null;
        return new SendFrame(sessionId, messageType, content, clientMessageId, metadata,
            OptionalGuid(root, "reply_to_id"), OptionalGuidArray(root, "attachment_ids"));
    }

    private static string ParseStatus(JsonElement root) => OptionalString(root, "status") switch
    {
        PresenceStatus.Online => PresenceStatus.Online,
        PresenceStatus.Away => PresenceStatus.Away,
        _ => throw new FrameFieldException("status must be \"online\" or \"away\"."),
    };

    private static string? OptionalString(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new FrameFieldException($"{name} must be a string.");

    private static bool? OptionalBool(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean()
        : throw new FrameFieldException($"{name} must be true or false.");

    private static long? OptionalSeq(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seq) && seq >= 0 ? seq
        : throw new FrameFieldException($"{name} must be a non-negative integer.");

    private static Guid? OptionalGuid(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String && Guid.TryParse(value.GetString(), out var id) ? id
        : throw new FrameFieldException($"{name} must be a UUID.");

    private static Guid[]? OptionalGuidArray(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new FrameFieldException($"{name} must be an array of UUIDs.");
        }
        var ids = new Guid[value.GetArrayLength()];
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            ids[index++] = item.ValueKind == JsonValueKind.String && Guid.TryParse(item.GetString(), out var id)
                ? id : throw new FrameFieldException($"{name} must be an array of UUIDs.");
        }
        return ids;
    }

    /// <summary>At most 40 characters, never half of a surrogate pair.</summary>
    private static string Truncate(string value) =>
        value.Length <= 40 ? value : value[..(char.IsHighSurrogate(value[39]) ? 39 : 40)] + "…";

    private sealed class FrameFieldException(string message) : Exception(message);
}
