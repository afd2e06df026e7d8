using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatPlatform.Client.Realtime;

/// <summary>
/// One server frame as received: its <c>message_type</c>, session and seq read once, and the frame's UTF-8 JSON kept
/// as it came, so an app reads the typed view it needs (<see cref="AsMessage"/>, <see cref="Deserialize{T}"/>) and a
/// test can look at the raw frame.
/// </summary>
public sealed class ChatFrame
{
    internal ChatFrame(string messageType, Guid? chatSessionId, long? seq, string? clientMessageId, ReadOnlyMemory<byte> utf8Json)
    {
        MessageType = messageType;
        ChatSessionId = chatSessionId;
        Seq = seq;
        ClientMessageId = clientMessageId;
        Utf8Json = utf8Json;
    }

    /// <summary><c>text</c>, <c>image</c>, <c>file</c>, <c>system</c>, <c>ack</c>, <c>error</c>, <c>typing</c>, <c>read_receipt</c>, <c>presence</c>, <c>pong</c>, ...</summary>
    public string MessageType { get; }

    public Guid? ChatSessionId { get; }

    /// <summary>The seq of a frame in a session's ordered stream (messages, system messages, edits, deletes) and of an ack.</summary>
    public long? Seq { get; }

    public string? ClientMessageId { get; }

    public ReadOnlyMemory<byte> Utf8Json { get; }

    /// <summary>True for a frame of the per-session ordered stream, the ones deduplicated by seq and resumed with since_seq.</summary>
    public bool IsSequenced => Seq is not null && MessageType is not (ChatFrameTypes.Ack or ChatFrameTypes.Error);

    /// <summary>True for a chat message (text, image, file or system), the shape the REST history returns.</summary>
    public bool IsMessage => MessageType is ChatFrameTypes.Text or ChatFrameTypes.Image or ChatFrameTypes.File or ChatFrameTypes.System;

    public ChatMessage AsMessage() => Deserialize<ChatMessage>();

    public T Deserialize<T>() => JsonSerializer.Deserialize<T>(Utf8Json.Span, ChatJson.Options)
        ?? throw new JsonException($"The {MessageType} frame is null.");

    public JsonObject ToJsonObject() => JsonNode.Parse(Utf8Json.Span)!.AsObject();

    public override string ToString() => Encoding.UTF8.GetString(Utf8Json.Span);
}
