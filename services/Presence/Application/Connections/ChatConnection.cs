using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Threading.Channels;
using ChatPlatform.Presence.Application.Blocks;
using ChatPlatform.Presence.Application.Delivery;
using ChatPlatform.Presence.Application.Stats;
using ChatPlatform.Presence.Rules;
using Microsoft.Extensions.Logging;

namespace ChatPlatform.Presence.Application.Connections;

/// <summary>
/// One client socket. Everything it is sent goes through one bounded queue drained by a single writer loop, so
/// <see cref="WebSocket.SendAsync(ReadOnlyMemory{byte}, WebSocketMessageType, bool, CancellationToken)"/> never
/// runs concurrently and a slow client never blocks fan-out to others: when its queue is full it is disconnected
/// (it reconnects with since_seq and loses nothing).
/// </summary>
public sealed partial class ChatConnection : IFrameSink, IDisposable
{
    private static readonly TimeSpan PaceDelay = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);

    private readonly Channel<OutboundFrame> queue;
    private readonly CancellationTokenSource closing = new();
    private readonly int capacity;
    private readonly InstanceCounters counters;
    private readonly ILogger logger;
    private long lastFrameAt = Environment.TickCount64;
    private int closeRequested;

    public ChatConnection(SocketRequest request, int capacity, InstanceCounters counters, ILogger logger, RateLimitStrikes? rateLimitStrikes = null)
    {
        RateLimited = rateLimitStrikes ?? new RateLimitStrikes(10, TimeSpan.FromSeconds(5));
        UserId = request.UserId;
        AccessToken = request.AccessToken;
        TokenExpiresAt = request.TokenExpiresAt;
        SessionId = request.SessionId;
        IsAgent = request.IsAgent;
        this.capacity = capacity;
        this.counters = counters;
        this.logger = logger;
        queue = Channel.CreateBounded<OutboundFrame>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public Guid ConnectionId { get; } = Guid.CreateVersion7();

    public Guid UserId { get; }

    public string AccessToken { get; }

    public DateTimeOffset TokenExpiresAt { get; }

    /// <summary>The session of a single-session socket; null on the all-sessions socket.</summary>
    public Guid? SessionId { get; }

    public bool IsAllSessions => SessionId is null;

    /// <summary>The token carries the agent role: this socket makes its user an online agent for support routing.</summary>
    public bool IsAgent { get; }

    /// <summary>The sessions this socket receives, by session id.</summary>
    public ConcurrentDictionary<Guid, Subscription> Subscriptions { get; } = new();

    public CancellationToken Closing => closing.Token;

    /// <summary>The send rate limit rejections this socket got lately (a flooding client is closed with 4429).</summary>
    public RateLimitStrikes RateLimited { get; }

    /// <summary>True once a close frame is queued: further client frames are read and discarded.</summary>
    public bool IsClosing => Volatile.Read(ref closeRequested) != 0 || closing.IsCancellationRequested;

    /// <summary>When the client last sent a frame (<see cref="Environment.TickCount64"/>).</summary>
    public long LastFrameAt => Volatile.Read(ref lastFrameAt);

    public void MarkFrameReceived()
    {
        Volatile.Write(ref lastFrameAt, Environment.TickCount64);
        counters.MessageIn();
    }

    public bool TrySend(byte[] frame)
    {
        if (queue.Writer.TryWrite(OutboundFrame.Text(frame)))
        {
            return true;
        }
        if (!IsClosing)
        {
            Fail("its send queue overflowed");
        }
        return false;
    }

    public async ValueTask SendPacedAsync(byte[] frame, CancellationToken cancellationToken)
    {
        while (queue.Reader.Count >= capacity / 2)
        {
            await Task.Delay(PaceDelay, cancellationToken);
        }
        TrySend(frame);
    }

    /// <summary>The users this socket's user blocks (set once the socket is registered).</summary>
    public UserBlocks? Blocks { get; set; }

    public bool Ignores(Guid userId) => Blocks?.Contains(userId) == true;

    public void Fail(string reason)
    {
        LogDropped(logger, ConnectionId, UserId, reason);
        _ = closing.CancelAsync();
    }

    /// <summary>Ends the writer at once, without a close frame: the socket failed and carries nothing more.</summary>
    public void Abort() => _ = closing.CancelAsync();

    /// <summary>Queues a close frame after what is already queued; the socket ends once the client answers (or after 5 s).</summary>
    public void Close(WebSocketCloseStatus status, string reason)
    {
        if (Interlocked.Exchange(ref closeRequested, 1) != 0)
        {
            return;
        }
        if (!queue.Writer.TryWrite(OutboundFrame.Close(status, reason)))
        {
            _ = closing.CancelAsync();
        }
    }

    /// <summary>The single writer: sends queued frames in order until the close frame or the end of the socket.</summary>
    public async Task RunWriterAsync(WebSocket socket)
    {
        var reader = queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(Closing))
            {
                while (reader.TryRead(out var frame))
                {
                    if (frame.CloseStatus is { } status)
                    {
                        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                        {
                            await socket.CloseOutputAsync(status, frame.CloseReason, Closing);
                        }
                        closing.CancelAfter(CloseHandshakeTimeout);
                        return;
                    }
                    await socket.SendAsync(frame.Payload.AsMemory(), WebSocketMessageType.Text, endOfMessage: true, Closing);
                    counters.MessageOut();
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            _ = closing.CancelAsync();
        }
    }

    /// <summary>Ends the socket's loops. The token source is not disposed: late fan-out and replay tasks may still look at it.</summary>
    public void Dispose()
    {
        queue.Writer.TryComplete();
        closing.Cancel();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Socket {ConnectionId} of user {UserId} dropped: {Reason}")]
    private static partial void LogDropped(ILogger logger, Guid connectionId, Guid userId, string reason);
}
