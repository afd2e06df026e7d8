using System.Diagnostics;
using System.Net.WebSockets;
using ChatPlatform.Bench.Load;

namespace ChatPlatform.Bench.Idle;

/// <summary>
/// One idle client WebSocket: a small pending receive (so the server's protocol pings get their pongs) and an
/// application ping (<c>{"message_type":"ping"}</c>) when asked, as a real idle client sends to stay under Presence's
/// idle timeout. No keep-alive of its own: the server's pings are the only traffic otherwise.
/// </summary>
public sealed class IdleSocket : IAsyncDisposable
{
    private const int ReceiveBufferSize = 512;
    private static readonly ReadOnlyMemory<byte> Ping = "{\"message_type\":\"ping\"}"u8.ToArray();

    private readonly ClientWebSocket _socket = new();
    private Task _receiveLoop = Task.CompletedTask;
    private volatile bool _closing;

    public IdleSocket()
    {
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
        _socket.Options.CollectHttpResponseDetails = true;
    }

    public bool IsOpen => _socket.State == WebSocketState.Open;

    /// <summary>Why the socket ended before the bench closed it (closed by the server or broken), if it did.</summary>
    public string? Failure { get; private set; }

    public long FramesReceived { get; private set; }

    /// <summary><see cref="Stopwatch"/> timestamp of the last frame this client sent (the handshake counts as one).</summary>
    public long LastSent { get; private set; }

    /// <summary>Opens the socket; returns why it failed, or null.</summary>
    public async Task<string?> ConnectAsync(Uri uri, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cancellation.CancelAfter(timeout);
        try
        {
            await _socket.ConnectAsync(uri, cancellation.Token);
            LastSent = Stopwatch.GetTimestamp();
            _receiveLoop = Task.Run(ReceiveLoopAsync, CancellationToken.None);
            return null;
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or HttpRequestException)
        {
            return _socket.HttpStatusCode != 0
                ? $"HTTP {(int)_socket.HttpStatusCode}"
                : ex is OperationCanceledException ? "timeout" : ex.GetBaseException().Message;
        }
    }

    public async Task<bool> PingAsync()
    {
        try
        {
            LastSent = Stopwatch.GetTimestamp();
            await _socket.SendAsync(Ping, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
            return true;
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or InvalidOperationException or IOException)
        {
            return false;
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[ReceiveBufferSize];
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (!_closing)
                    {
                        Failure = $"closed by the server: {(int?)_socket.CloseStatus} {_socket.CloseStatusDescription}";
                    }
                    return;
                }
                if (result.EndOfMessage)
                {
                    FramesReceived++;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException or IOException)
        {
            if (!_closing)
            {
                Failure = ex.GetBaseException().Message;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_closing)
        {
            return;
        }
        _closing = true;
        await ClientSocketClose.CloseAsync(_socket, _receiveLoop);
    }
}
