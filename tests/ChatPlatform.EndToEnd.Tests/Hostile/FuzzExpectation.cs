namespace ChatPlatform.EndToEnd.Tests.Hostile;

/// <summary>What the server must do with a fuzzed frame.</summary>
internal enum FuzzExpectation
{
    /// <summary>Answer with exactly one <c>error</c> frame and keep the socket open.</summary>
    Error,

    /// <summary>A frame the protocol may accept: at most one error frame, and the socket stays open.</summary>
    Any,

    /// <summary>Close the socket with 1007: a text frame that is not UTF-8 (the WebSocket layer does).</summary>
    Closes1007,

    /// <summary>Close the socket with 1009: a frame over 64 KiB.</summary>
    Closes1009,
}
