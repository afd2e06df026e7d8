using System.Net.WebSockets;
using System.Text;

namespace ChatPlatform.EndToEnd.Tests.Infrastructure;

/// <summary>A test client for the gateway's chat WebSocket: sends JSON frames and waits for frames that match.</summary>
public sealed class ChatSocket : IAsyncDisposable
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(15);
    private readonly ClientWebSocket _socket;
    private readonly List<JsonObject> _received = [];

    private ChatSocket(ClientWebSocket socket) => _socket = socket;

    public WebSocketState State => _socket.State;
    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    /// <summary>Every frame received so far, in arrival order.</summary>
    public IReadOnlyList<JsonObject> Received => _received;

    public static async Task<ChatSocket> ConnectAsync(PlatformFixture platform, string pathAndQuery)
    {
        var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(DefaultWait);
        await socket.ConnectAsync(platform.WebSocketUri(pathAndQuery), timeout.Token);
        return new ChatSocket(socket);
    }

    public Task SendAsync(object frame) => SendTextAsync(JsonSerializer.Serialize(frame));

    public async Task SendTextAsync(string text)
    {
        using var timeout = new CancellationTokenSource(DefaultWait);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, timeout.Token);
    }

    /// <summary>Sends bytes as they are, in one frame or as one fragment of a message (hostile clients do).</summary>
    public async Task SendBytesAsync(ReadOnlyMemory<byte> bytes, WebSocketMessageType type, bool endOfMessage = true)
    {
        using var timeout = new CancellationTokenSource(DefaultWait);
        await _socket.SendAsync(bytes, type, endOfMessage, timeout.Token);
    }

    /// <summary>The frames received so far that no wait took, and forgets them.</summary>
    public List<JsonObject> TakeReceived()
    {
        var taken = _received.ToList();
        _received.Clear();
        return taken;
    }

    /// <summary>Receives until a frame matches; frames that don't match are kept in <see cref="Received"/>.</summary>
    public async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> match, TimeSpan? wait = null)
    {
        var existing = _received.FirstOrDefault(match);
        if (existing is not null)
        {
            _received.Remove(existing);
            return existing;
        }
        using var timeout = new CancellationTokenSource(wait ?? DefaultWait);
        while (true)
        {
            var frame = await ReceiveFrameAsync(timeout.Token)
                ?? throw new WebSocketException($"The socket closed ({_socket.CloseStatus}) before the expected frame arrived.");
            if (match(frame))
            {
                return frame;
            }
            _received.Add(frame);
        }
    }

    public Task<JsonObject> WaitForTypeAsync(string messageType, TimeSpan? wait = null) =>
        WaitForAsync(frame => frame["message_type"]?.GetValue<string>() == messageType, wait);

    /// <summary>Reads until the server closes the socket; returns the close status.</summary>
    public async Task<WebSocketCloseStatus?> WaitForCloseAsync(TimeSpan? wait = null)
    {
        using var timeout = new CancellationTokenSource(wait ?? DefaultWait);
        try
        {
            while (await ReceiveFrameAsync(timeout.Token) is { } frame)
            {
                _received.Add(frame);
            }
        }
        catch (WebSocketException)
        {
        }
        return _socket.CloseStatus;
    }

    private async Task<JsonObject?> ReceiveFrameAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonNode.Parse(message.ToArray())!.AsObject();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
            }
        }
        _socket.Dispose();
    }
}
