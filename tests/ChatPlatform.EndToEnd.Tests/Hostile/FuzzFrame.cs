using System.Net.WebSockets;
using System.Text;

namespace ChatPlatform.EndToEnd.Tests.Hostile;

/// <summary>One fuzzed frame: its bytes, how it goes out (type, in how many fragments) and what must come back.</summary>
internal sealed record FuzzFrame(byte[] Bytes, WebSocketMessageType Type, FuzzExpectation Expectation, string Kind, int Fragments = 1)
{
    public bool Closes => Expectation is FuzzExpectation.Closes1007 or FuzzExpectation.Closes1009;

    /// <summary>For a failure message: the kind and the start of the frame, as text when it is text.</summary>
    public override string ToString()
    {
        var preview = Type == WebSocketMessageType.Text
            ? Encoding.UTF8.GetString(Bytes, 0, Math.Min(Bytes.Length, 160))
            : Convert.ToHexString(Bytes, 0, Math.Min(Bytes.Length, 40));
        return $"{Kind} ({Bytes.Length} bytes, {Fragments} fragment(s)): {preview}";
    }
}
