using System.Buffers.Text;
using System.Text.Json;

namespace ChatPlatform.Bench.Load;

/// <summary>
/// What the load client needs from a server frame, read with <see cref="Utf8JsonReader"/> without allocating
/// (only an error frame's code becomes a string).
/// </summary>
public readonly record struct ServerFrame(FrameKind Kind, long SendTimestamp, long Seq, string? ErrorCode)
{
    /// <summary>
    /// Parses one frame. <see cref="SendTimestamp"/> is the send time carried in our own <c>client_message_id</c>
    /// (0 when the id is not one of this run's), <see cref="Seq"/> the message's <c>seq</c> (0 when absent).
    /// </summary>
    public static ServerFrame Parse(ReadOnlySpan<byte> json, ReadOnlySpan<byte> runPrefix)
    {
        var kind = FrameKind.Malformed;
        long timestamp = 0, seq = 0;
        string? code = null;
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return new ServerFrame(FrameKind.Malformed, 0, 0, null);
            }
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0)
                {
                    break;
                }
                if (reader.TokenType != JsonTokenType.PropertyName)
                {
                    continue;
                }
                if (reader.ValueTextEquals("message_type"u8))
                {
                    reader.Read();
                    kind = reader.TokenType != JsonTokenType.String ? FrameKind.Malformed
                        : reader.ValueTextEquals("text"u8) ? FrameKind.Message
                        : reader.ValueTextEquals("ack"u8) ? FrameKind.Ack
                        : reader.ValueTextEquals("error"u8) ? FrameKind.Error
                        : FrameKind.Other;
                }
                else if (reader.ValueTextEquals("client_message_id"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped)
                    {
                        timestamp = ClientMessageId.TryReadTimestamp(reader.ValueSpan, runPrefix);
                    }
                }
                else if (reader.ValueTextEquals("seq"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.Number)
                    {
                        reader.TryGetInt64(out seq);
                    }
                    else if (reader.TokenType == JsonTokenType.String)
                    {
                        Utf8Parser.TryParse(reader.ValueSpan, out seq, out _);
                    }
                }
                else if (reader.ValueTextEquals("code"u8))
                {
                    reader.Read();
                    code = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
            return new ServerFrame(FrameKind.Malformed, 0, 0, null);
        }
        return new ServerFrame(kind, timestamp, seq, kind == FrameKind.Error ? code ?? "(none)" : null);
    }
}
