using System.Buffers.Text;

namespace ChatPlatform.Bench.Load;

/// <summary>
/// Our <c>client_message_id</c>s carry their own send time: <c>{run prefix}{Stopwatch timestamp}.{client}.{n}</c>,
/// e.g. <c>bench-g1-123456789012.57.12</c>. Unique across runs (the platform dedupes on it) and no shared dictionary
/// between the sender and the receive loops.
/// </summary>
public static class ClientMessageId
{
    public static int Write(Span<byte> destination, ReadOnlySpan<byte> runPrefix, long timestamp, int client, long n)
    {
        runPrefix.CopyTo(destination);
        var written = runPrefix.Length;
        written += Format(destination[written..], timestamp);
        destination[written++] = (byte)'.';
        written += Format(destination[written..], client);
        destination[written++] = (byte)'.';
        written += Format(destination[written..], n);
        return written;
    }

    /// <summary>The send timestamp in an id of this run, or 0 for anything else.</summary>
    public static long TryReadTimestamp(ReadOnlySpan<byte> id, ReadOnlySpan<byte> runPrefix) =>
        id.StartsWith(runPrefix) && Utf8Parser.TryParse(id[runPrefix.Length..], out long timestamp, out var consumed)
            && consumed > 0 && timestamp > 0
            ? timestamp
            : 0;

    private static int Format(Span<byte> destination, long value) =>
        Utf8Formatter.TryFormat(value, destination, out var written) ? written : throw new InvalidOperationException("Id buffer too small.");
}
