using System.Buffers;
using System.Net.WebSockets;
using ChatPlatform.Presence.Rules;

namespace ChatPlatform.Presence.Application.Connections;

/// <summary>
/// The receive loop. It waits with a zero-byte read, so an idle socket holds no buffer, then rents one from the
/// pool for a single frame and returns it right after. A frame over the limit closes the socket with 1009.
/// </summary>
public static class FrameReceiver
{
    private const int InitialBufferSize = 4 * 1024;

    /// <param name="onFrame">Called with each complete data frame (and whether it was a text frame).</param>
    public static async Task RunAsync(WebSocket socket, ChatConnection connection, int maxFrameBytes, Func<ReadOnlyMemory<byte>, bool, Task> onFrame)
    {
        var cancellationToken = connection.Closing;
        while (true)
        {
            var probe = await socket.ReceiveAsync(Memory<byte>.Empty, cancellationToken);
            if (probe.MessageType == WebSocketMessageType.Close)
            {
                connection.Close(ChatCloseStatus.Normal, string.Empty);
                return;
            }

            var limit = maxFrameBytes + 1;
            var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(InitialBufferSize, limit));
            try
            {
                var length = 0;
                var endOfMessage = probe.EndOfMessage;
                while (!endOfMessage && length <= maxFrameBytes)
                {
                    if (length == buffer.Length)
                    {
                        buffer = Grow(buffer, length, limit);
                    }
                    var result = await socket.ReceiveAsync(buffer.AsMemory(length, Math.Min(buffer.Length, limit) - length), cancellationToken);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        connection.Close(ChatCloseStatus.Normal, string.Empty);
                        return;
                    }
                    length += result.Count;
                    endOfMessage = result.EndOfMessage;
                }

                if (length > maxFrameBytes)
                {
                    connection.Close(ChatCloseStatus.TooBig, $"Frames are limited to {maxFrameBytes} bytes.");
                    await DiscardUntilCloseAsync(socket, buffer, cancellationToken);
                    return;
                }
                if (!connection.IsClosing)
                {
                    connection.MarkFrameReceived();
                    await onFrame(buffer.AsMemory(0, length), probe.MessageType == WebSocketMessageType.Text);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private static byte[] Grow(byte[] buffer, int length, int limit)
    {
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, limit));
        buffer.AsSpan(0, length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(buffer);
        return bigger;
    }

    /// <summary>After a close frame was queued, reads (and drops) until the client's close arrives, so it gets ours intact.</summary>
    private static async Task DiscardUntilCloseAsync(WebSocket socket, byte[] scratch, CancellationToken cancellationToken)
    {
        while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
        {
            var result = await socket.ReceiveAsync(scratch.AsMemory(), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }
        }
    }
}
