using System.Net.WebSockets;
using System.Text;
using ChatPlatform.Presence.Application.Connections;
using ChatPlatform.Presence.Application.Stats;
using ChatPlatform.Presence.Rules;
using ChatPlatform.Presence.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatPlatform.Presence.Tests.Connections;

/// <summary>The receive loop and the single writer over real sockets: framing, the 64 KiB limit, ordering, close.</summary>
public sealed class SocketLoopTests
{
    private const int MaxFrame = 64 * 1024;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private static ChatConnection Connection(int capacity = 64) => new(
        new SocketRequest(Guid.NewGuid(), "token", DateTimeOffset.MaxValue, Guid.NewGuid(), null),
        capacity, new InstanceCounters(), NullLogger.Instance);

    private static async Task<(WebSocketReceiveResult Result, string Text)> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(Wait);
        var buffer = new byte[128 * 1024];
        var length = 0;
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer, length, buffer.Length - length), timeout.Token);
            length += result.Count;
        }
        while (!result.EndOfMessage);
        return (result, Encoding.UTF8.GetString(buffer, 0, length));
    }

    [Fact]
    public async Task Whole_frames_reach_the_handler_even_when_sent_in_fragments()
    {
        using var pair = await SocketPair.OpenAsync();
        var connection = Connection();
        var received = new List<string>();
        var loop = FrameReceiver.RunAsync(pair.Server, connection, MaxFrame, (payload, isText) =>
        {
            received.Add((isText ? "text:" : "binary:") + Encoding.UTF8.GetString(payload.Span));
            return Task.CompletedTask;
        });
        var writer = connection.RunWriterAsync(pair.Server);

        await pair.Client.SendAsync(Encoding.UTF8.GetBytes("""{"a":"""), WebSocketMessageType.Text, endOfMessage: false, default);
        await pair.Client.SendAsync(Encoding.UTF8.GetBytes(new string('x', 10_000).Insert(0, "\"").Insert(10_001, "\"")), WebSocketMessageType.Text, endOfMessage: false, default);
        await pair.Client.SendAsync(Encoding.UTF8.GetBytes("}"), WebSocketMessageType.Text, endOfMessage: true, default);
        await pair.Client.SendAsync(Encoding.UTF8.GetBytes("second"), WebSocketMessageType.Binary, endOfMessage: true, default);
        await pair.Client.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Text, endOfMessage: true, default);
        await pair.Client.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", default);
        await loop.WaitAsync(Wait);
        await writer.WaitAsync(Wait);

        Assert.Equal(3, received.Count);
        Assert.Equal(10_008, received[0].Length - "text:".Length);
        Assert.Equal("binary:second", received[1]);
        Assert.Equal("text:", received[2]);
        Assert.Equal(WebSocketState.Closed, pair.Server.State);
    }

    [Fact]
    public async Task A_frame_over_64_KiB_closes_the_socket_with_1009()
    {
        using var pair = await SocketPair.OpenAsync();
        var connection = Connection();
        var handled = 0;
        var loop = FrameReceiver.RunAsync(pair.Server, connection, MaxFrame, (_, _) =>
        {
            handled++;
            return Task.CompletedTask;
        });
        var writer = connection.RunWriterAsync(pair.Server);

        await pair.Client.SendAsync(new byte[70 * 1024], WebSocketMessageType.Text, endOfMessage: true, default);
        var (result, reason) = await ReceiveAsync(pair.Client);
        await pair.Client.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, string.Empty, default);
        await loop.WaitAsync(Wait);
        await writer.WaitAsync(Wait);

        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
        Assert.Equal(WebSocketCloseStatus.MessageTooBig, pair.Client.CloseStatus);
        Assert.Equal(0, handled);
        Assert.Empty(reason);
    }

    [Fact]
    public async Task A_frame_of_exactly_64_KiB_is_accepted()
    {
        using var pair = await SocketPair.OpenAsync();
        var connection = Connection();
        var sizes = new List<int>();
        var loop = FrameReceiver.RunAsync(pair.Server, connection, MaxFrame, (payload, _) =>
        {
            sizes.Add(payload.Length);
            return Task.CompletedTask;
        });
        var writer = connection.RunWriterAsync(pair.Server);

        await pair.Client.SendAsync(new byte[MaxFrame], WebSocketMessageType.Text, endOfMessage: true, default);
        await pair.Client.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, string.Empty, default);
        await loop.WaitAsync(Wait);
        await writer.WaitAsync(Wait);

        Assert.Equal([MaxFrame], sizes);
    }

    [Fact]
    public async Task The_writer_sends_queued_frames_in_order_then_the_close_frame()
    {
        using var pair = await SocketPair.OpenAsync();
        var connection = Connection();
        var writer = connection.RunWriterAsync(pair.Server);

        for (var index = 0; index < 20; index++)
        {
            Assert.True(connection.TrySend(Encoding.UTF8.GetBytes(index.ToString())));
        }
        connection.Close(ChatCloseStatus.PolicyViolation, "The access token has expired.");

        for (var index = 0; index < 20; index++)
        {
            Assert.Equal(index.ToString(), (await ReceiveAsync(pair.Client)).Text);
        }
        var (close, _) = await ReceiveAsync(pair.Client);
        await writer.WaitAsync(Wait);

        Assert.Equal(WebSocketMessageType.Close, close.MessageType);
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, pair.Client.CloseStatus);
        Assert.Equal("The access token has expired.", pair.Client.CloseStatusDescription);
    }

    [Fact]
    public async Task A_text_frame_that_is_not_UTF_8_is_closed_with_1007_and_both_loops_end()
    {
        using var pair = await SocketPair.OpenAsync();
        var connection = Connection();
        var handled = 0;
        var loops = SocketLoops.RunAsync(pair.Server, connection, MaxFrame, (_, _) =>
        {
            handled++;
            return Task.CompletedTask;
        }, CancellationToken.None);

        await pair.Client.SendAsync(new byte[] { (byte)'"', 0xFF, (byte)'"' }, WebSocketMessageType.Text, endOfMessage: true, default);
        var (close, _) = await ReceiveAsync(pair.Client);
        await loops.WaitAsync(Wait);

        Assert.Equal(WebSocketMessageType.Close, close.MessageType);
        Assert.Equal(WebSocketCloseStatus.InvalidPayloadData, pair.Client.CloseStatus);
        Assert.Equal(0, handled);
        Assert.True(connection.Closing.IsCancellationRequested);
    }

    [Fact]
    public async Task A_client_that_vanishes_without_a_close_frame_ends_both_loops()
    {
        using var pair = await SocketPair.OpenAsync();
        var connection = Connection();
        using var clientGone = new CancellationTokenSource();
        var loops = SocketLoops.RunAsync(pair.Server, connection, MaxFrame, (_, _) => Task.CompletedTask, clientGone.Token);

        pair.Client.Abort();
        pair.DropClientConnection();
        await clientGone.CancelAsync();
        await loops.WaitAsync(Wait);

        Assert.True(connection.Closing.IsCancellationRequested);
    }

    [Fact]
    public async Task A_client_close_is_answered_and_both_loops_end()
    {
        using var pair = await SocketPair.OpenAsync();
        var connection = Connection();
        var loops = SocketLoops.RunAsync(pair.Server, connection, MaxFrame, (_, _) => Task.CompletedTask, CancellationToken.None);

        await pair.Client.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", default);
        var (close, _) = await ReceiveAsync(pair.Client);
        await loops.WaitAsync(Wait);

        Assert.Equal(WebSocketMessageType.Close, close.MessageType);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, pair.Client.CloseStatus);
    }

    [Fact]
    public void A_full_send_queue_drops_the_socket_instead_of_blocking_the_sender()
    {
        var connection = Connection(capacity: 16);

        for (var index = 0; index < 16; index++)
        {
            Assert.True(connection.TrySend([1]));
        }

        Assert.False(connection.TrySend([1]));
        Assert.True(connection.IsClosing);
    }
}
