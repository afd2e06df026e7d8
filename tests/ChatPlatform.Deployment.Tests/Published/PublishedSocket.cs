using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace ChatPlatform.Deployment.Tests.Published;

/// <summary>A chat WebSocket through the front address; frames that arrive while waiting for another are kept.</summary>
internal sealed class PublishedSocket : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly ClientWebSocket _socket = new();
    private readonly List<JsonObject> _unclaimed = [];

    public static async Task<PublishedSocket> ConnectAsync(string pathAndQuery)
    {
        var socket = new PublishedSocket();
        var address = new UriBuilder(new Uri(PublishedFactAttribute.Front, pathAndQuery)) { Scheme = "ws" }.Uri;
        using var timeout = new CancellationTokenSource(Patience);
        await socket._socket.ConnectAsync(address, timeout.Token);
        return socket;
    }

    public async Task SendAsync(object frame)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(frame), WebSocketMessageType.Text, true, timeout.Token);
    }

    /// <summary>The first frame, kept or new, whose <paramref name="field"/> is <paramref name="value"/>.</summary>
    public async Task<JsonObject> FrameWhereAsync(string field, string value)
    {
        bool Matches(JsonObject frame) => frame[field] is JsonValue found && found.ToString() == value;
        if (_unclaimed.FirstOrDefault(Matches) is { } kept)
        {
            _unclaimed.Remove(kept);
            return kept;
        }
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var frame = await ReceiveAsync(timeout.Token);
            if (Matches(frame))
            {
                return frame;
            }
            _unclaimed.Add(frame);
        }
    }

    private async Task<JsonObject> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArraySegment<byte>(new byte[64 * 1024]);
        using var text = new MemoryStream();
        WebSocketReceiveResult part;
        do
        {
            part = await _socket.ReceiveAsync(buffer, cancellationToken);
            if (part.MessageType == WebSocketMessageType.Close)
            {
                throw new WebSocketException($"The server closed the socket: {part.CloseStatus} {part.CloseStatusDescription}");
            }
            text.Write(buffer.Array!, 0, part.Count);
        }
        while (!part.EndOfMessage);
        return JsonNode.Parse(Encoding.UTF8.GetString(text.ToArray()))!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
        }
        _socket.Dispose();
    }
}
