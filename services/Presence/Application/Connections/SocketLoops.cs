using System.Net.WebSockets;

namespace ChatPlatform.Presence.Application.Connections;

/// <summary>
/// A socket's receive loop and its single writer, together. However the receive loop ends, the writer ends too:
/// after the close frame it queued, or at once when the socket failed (the client vanished, or the WebSocket itself
/// closed with 1007 a text frame that is not UTF-8), so a dead socket does not stay registered until its idle timeout.
/// </summary>
public static class SocketLoops
{
    /// <summary>How long a failed socket's own close frame gets to reach a client that does not hang up first.</summary>
    public static readonly TimeSpan FailedCloseLinger = TimeSpan.FromSeconds(2);

    /// <param name="onFrame">Called with each complete data frame (and whether it was a text frame).</param>
    /// <param name="clientGone">Cancelled when the client's connection is gone (the request's <c>RequestAborted</c>).</param>
    public static async Task RunAsync(
        WebSocket socket, ChatConnection connection, int maxFrameBytes, Func<ReadOnlyMemory<byte>, bool, Task> onFrame, CancellationToken clientGone)
    {
        var writer = connection.RunWriterAsync(socket);
        var failed = false;
        try
        {
            await FrameReceiver.RunAsync(socket, connection, maxFrameBytes, onFrame);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            connection.Abort();
            failed = exception is WebSocketException;
        }
        await writer;
        if (failed)
        {
            // The WebSocket has just written a close frame of its own (1007); ending the request at once lets Kestrel
            // drop it unsent, and the client would see its connection cut (1006). Wait for the client to hang up.
            try
            {
                await Task.Delay(FailedCloseLinger, clientGone);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }
}
