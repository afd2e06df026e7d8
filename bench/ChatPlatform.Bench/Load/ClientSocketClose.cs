using System.Net.WebSockets;

namespace ChatPlatform.Bench.Load;

/// <summary>Ends a client socket the bench is done with: a close handshake given a few seconds, then abort.</summary>
public static class ClientSocketClose
{
    private static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(3);

    /// <param name="sendLock">Taken before the close frame, so it cannot interleave with a send in progress.</param>
    public static async Task CloseAsync(ClientWebSocket socket, Task receiveLoop, SemaphoreSlim? sendLock = null)
    {
        if (socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(HandshakeTimeout);
            try
            {
                if (sendLock is not null)
                {
                    await sendLock.WaitAsync(timeout.Token);
                }
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bench done", timeout.Token);
                await receiveLoop.WaitAsync(timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or TimeoutException or ObjectDisposedException or IOException)
            {
                // The server did not finish the close handshake in time: abort below.
            }
        }
        socket.Abort();
        socket.Dispose();
        await receiveLoop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }
}
