using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;

namespace ChatPlatform.Bench.Load;

/// <summary>
/// One WebSocket client: one receive loop that timestamps and classifies every frame, and sends of chat frames
/// <c>{"message_type":"text","content":"...","client_message_id":"..."}</c> serialised by a per-socket lock.
/// </summary>
public sealed class LoadClient : ILoadClient
{
    private const int ReceiveBufferSize = 16 * 1024;

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly byte[] _frame;
    private readonly int _idOffset;
    private readonly byte[] _runPrefix;
    private readonly RunClock _clock;
    private long _sequence;
    private Task _receiveLoop = Task.CompletedTask;
    private volatile bool _closing;

    public LoadClient(int index, int room, Uri uri, byte[] runPrefix, byte[] frameHead, RunClock clock)
    {
        Index = index;
        Room = room;
        Uri = uri;
        _runPrefix = runPrefix;
        _clock = clock;
        // The frame up to the id is the same for every send: write it once, then only the id and the tail change.
        _frame = new byte[frameHead.Length + runPrefix.Length + 64];
        frameHead.CopyTo(_frame, 0);
        _idOffset = frameHead.Length;
        _socket.Options.CollectHttpResponseDetails = true;
        _socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(20);
    }

    public int Index { get; }

    public int Room { get; }

    public Uri Uri { get; }

    public ClientStats Stats { get; } = new();

    public int Recipients { get; set; }

    public bool IsOpen => _socket.State == WebSocketState.Open;

    public string? ConnectError { get; private set; }

    /// <summary>The opening of every frame: <c>{"message_type":"text","content":"&lt;payload&gt;","client_message_id":"</c>.</summary>
    public static byte[] FrameHead(int payloadBytes) =>
        Encoding.UTF8.GetBytes("{\"message_type\":\"text\",\"content\":\"" + Payload.Text(payloadBytes) + "\",\"client_message_id\":\"");

    public async Task<bool> ConnectAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cancellation.CancelAfter(timeout);
        try
        {
            await _socket.ConnectAsync(Uri, cancellation.Token);
            _receiveLoop = Task.Run(ReceiveLoopAsync, CancellationToken.None);
            return true;
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or HttpRequestException)
        {
            ConnectError = _socket.HttpStatusCode != 0
                ? $"HTTP {(int)_socket.HttpStatusCode}"
                : ex is OperationCanceledException ? "timeout" : ex.GetBaseException().Message;
            return false;
        }
    }

    public async Task<bool> SendAsync(RunCounters counters)
    {
        await _sendLock.WaitAsync();
        try
        {
            var timestamp = Stopwatch.GetTimestamp();
            var length = _idOffset + ClientMessageId.Write(_frame.AsSpan(_idOffset), _runPrefix, timestamp, Index, ++_sequence);
            _frame[length++] = (byte)'"';
            _frame[length++] = (byte)'}';
            await _socket.SendAsync(_frame.AsMemory(0, length), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
            counters.Sent(_clock.IsMeasured(timestamp), Recipients);
            return true;
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or InvalidOperationException or IOException)
        {
            counters.SendFailed(ex.GetBaseException().Message);
            return false;
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[ReceiveBufferSize];
        var count = 0;
        var stats = Stats;
        long lastSeq = 0;
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer.AsMemory(count), CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (!_closing)
                    {
                        stats.Failure = $"closed by the server: {_socket.CloseStatus} {_socket.CloseStatusDescription}";
                    }
                    return;
                }
                count += result.Count;
                if (!result.EndOfMessage)
                {
                    if (count == buffer.Length)
                    {
                        Array.Resize(ref buffer, buffer.Length * 2);
                    }
                    continue;
                }

                var now = Stopwatch.GetTimestamp();
                stats.BytesReceived += count;
                var frame = ServerFrame.Parse(buffer.AsSpan(0, count), _runPrefix);
                count = 0;
                stats.Record(frame, now, _clock, ref lastSeq);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException or IOException)
        {
            if (!_closing)
            {
                stats.Failure = ex.GetBaseException().Message;
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
        await ClientSocketClose.CloseAsync(_socket, _receiveLoop, _sendLock);
    }
}
