using System.Net.WebSockets;

namespace ChatPlatform.Presence.Connections;

/// <summary>
/// A socket's receive loop and its single writer, together. However the receive loop ends, the writer ends too:
/// after the close frame it queued, or at once when the socket failed (the client vanished, or the WebSocket itself
/// closed with 1007 a text frame that is not UTF-8), so a dead socket does not stay registered until its idle timeout.
/// </summary>
public static class SocketLoops
{
    /// <param name="onFrame">Called with each complete data frame (and whether it was a text frame).</param>
    public static async Task RunAsync(WebSocket socket, ChatConnection connection, int maxFrameBytes, Func<ReadOnlyMemory<byte>, bool, Task> onFrame)
    {
        var writer = connection.RunWriterAsync(socket);
        try
        {
            await FrameReceiver.RunAsync(socket, connection, maxFrameBytes, onFrame);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            connection.Abort();
        }
        await writer;
    }
}
