namespace ChatPlatform.Bench.Load;

public enum FrameKind
{
    /// <summary>A chat message (<c>message_type</c> text): a delivery.</summary>
    Message,

    /// <summary><c>{"message_type":"ack",...}</c> to the sender.</summary>
    Ack,

    /// <summary><c>{"message_type":"error",...}</c>.</summary>
    Error,

    /// <summary>Anything else (system, presence, typing, pong, ...): ignored.</summary>
    Other,

    /// <summary>Not a JSON object with a <c>message_type</c>.</summary>
    Malformed,
}
