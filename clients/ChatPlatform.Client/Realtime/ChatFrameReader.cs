using System.Text.Json;

namespace ChatPlatform.Client.Realtime;

/// <summary>Reads the routing fields of a server frame (type, session, seq, client_message_id) in one pass over its top level.</summary>
public static class ChatFrameReader
{
    /// <summary>The frame, or null when the bytes are not a JSON object with a <c>message_type</c>.</summary>
    public static ChatFrame? Read(ReadOnlyMemory<byte> utf8Json)
    {
        try
        {
            return ReadObject(utf8Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ChatFrame? ReadObject(ReadOnlyMemory<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json.Span);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }
        string? type = null;
        Guid? sessionId = null;
        long? seq = null;
        string? clientMessageId = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("message_type"u8))
            {
                reader.Read();
                type = reader.TokenType == JsonTokenType.String ? KnownOrNew(ref reader) : null;
            }
            else if (reader.ValueTextEquals("chat_session_id"u8))
            {
                reader.Read();
                sessionId = reader.TokenType == JsonTokenType.String && reader.TryGetGuid(out var id) ? id : null;
            }
            else if (reader.ValueTextEquals("seq"u8))
            {
                reader.Read();
                seq = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) ? value : null;
            }
            else if (reader.ValueTextEquals("client_message_id"u8))
            {
                reader.Read();
                clientMessageId = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        return type is null ? null : new ChatFrame(type, sessionId, seq, clientMessageId, utf8Json);
    }

    private static string KnownOrNew(ref Utf8JsonReader reader)
    {
        foreach (var known in ChatFrameTypes.Known)
        {
            if (reader.ValueTextEquals(known))
            {
                return known;
            }
        }
        return reader.GetString()!;
    }
}
