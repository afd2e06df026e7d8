using System.Net.WebSockets;

namespace ChatPlatform.Bench.Baseline;

/// <summary>One socket in a room; sends to it are serialised (a WebSocket allows one send at a time).</summary>
public sealed class BroadcastMember(WebSocket socket)
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public async ValueTask SendAsync(ReadOnlyMemory<byte> frame)
    {
        await _sendLock.WaitAsync();
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException or OperationCanceledException)
        {
            // The peer went away; its own receive loop removes it.
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
