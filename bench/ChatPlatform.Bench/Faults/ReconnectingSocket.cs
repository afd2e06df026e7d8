using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using ChatPlatform.Bench.Platform;

namespace ChatPlatform.Bench.Faults;

/// <summary>
/// One user's socket on one session, behaving as a real client does: it resumes with <c>since_seq</c> (the last seq it
/// holds) after any close or failure, keeps the messages it received deduplicated by seq and in seq order (a gap makes
/// it resume from the last seq it holds), and sends every unacknowledged message again, same <c>client_message_id</c>,
/// until it is acknowledged. What it saw goes to <see cref="Observations"/>.
/// </summary>
public sealed class ReconnectingSocket(BenchUser user, Guid session, Uri gateway, AckLog acks, Observations seen, SendIds ids)
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan ResendAfter = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Unanswered = TimeSpan.FromSeconds(30);
    private const int MaxResendBurst = 10;

    private readonly ConcurrentDictionary<string, PendingSend> _pending = new();
    private readonly List<long> _received = [];
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private ClientWebSocket? _socket;
    private long _connectedAt;
    private long _lastSeq;

    public Guid Session { get; } = session;

    /// <summary>The seq of the last message held: every seq from 1 to it, once, in order.</summary>
    public long LastSeq => Interlocked.Read(ref _lastSeq);

    public bool IsOpen => _socket?.State == WebSocketState.Open;

    public int Pending => _pending.Count;

    /// <summary>Duplicate deliveries dropped by seq (allowed: delivery is at-least-once inside the system).</summary>
    public long DuplicatesDropped { get; private set; }

    /// <summary>Messages that arrived past a gap (dropped, then replayed through a resume).</summary>
    public long GapsSeen { get; private set; }

    public long Reconnects { get; private set; }

    /// <summary>The seqs held, in the order they were accepted.</summary>
    public IReadOnlyList<long> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var attempt = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            using var socket = new ClientWebSocket();
            socket.Options.CollectHttpResponseDetails = true;
            socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(10);
            var uri = new Uri(gateway, $"/api/v1/chat/ws/{Session}?token={Uri.EscapeDataString(user.AccessToken)}&since_seq={LastSeq}");
            try
            {
                using var connect = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                connect.CancelAfter(ConnectTimeout);
                await socket.ConnectAsync(uri, connect.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or HttpRequestException)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    return;
                }
                seen.Add(HandshakeFailure(socket, ex));
                await Task.Delay(Backoff(++attempt), cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                continue;
            }
            attempt = 0;
            _connectedAt = Environment.TickCount64;
            _socket = socket;
            await ResendPendingAsync(force: true);
            var reason = await ReceiveAsync(socket, cancellationToken);
            _socket = null;
            if (cancellationToken.IsCancellationRequested)
            {
                await CloseQuietlyAsync(socket);
                return;
            }
            seen.Add(reason);
            Reconnects++;
            await CloseQuietlyAsync(socket);
            await Task.Delay(Backoff(1), cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Closes the socket as a client going away does; the client connects again, resuming from its last seq.</summary>
    public async Task DisconnectAsync()
    {
        if (_socket is { State: WebSocketState.Open } socket)
        {
            await CloseQuietlyAsync(socket);
        }
    }

    /// <summary>Sends one new message; it stays pending (and is sent again) until acknowledged.</summary>
    public async Task SendNewAsync()
    {
        var id = ids.Next();
        var frame = JsonSerializer.Serialize(new { message_type = "text", content = $"fault load {id}", client_message_id = id });
        var pending = new PendingSend(id, frame);
        _pending[id] = pending;
        await SendFrameAsync(pending);
    }

    /// <summary>
    /// Sends again what has waited too long for its ack; reports a send that an open socket left without ack or error
    /// for 30 s (counted from its first send on the current socket or its last error frame) as a hang.
    /// </summary>
    public async Task ResendPendingAsync(bool force = false)
    {
        var now = Environment.TickCount64;
        // Oldest first and a few at a time, as a client's outgoing queue: resending everything at once after an
        // outage would be a storm of the client's own making.
        foreach (var pending in _pending.Values.OrderBy(p => p.FirstSentAt).Take(force ? MaxResendBurst * 2 : MaxResendBurst))
        {
            var waiting = now - Math.Max(Math.Max(pending.FirstSentAt, pending.LastAnsweredAt), Interlocked.Read(ref _connectedAt));
            if (!pending.ReportedUnanswered && waiting > Unanswered.TotalMilliseconds && IsOpen)
            {
                pending.ReportedUnanswered = true;
                seen.Add("ws send unanswered 30 s (socket open)");
            }
            if (force || now - pending.LastSentAt > ResendAfter.TotalMilliseconds)
            {
                await SendFrameAsync(pending);
            }
        }
    }

    private async Task SendFrameAsync(PendingSend pending)
    {
        var socket = _socket;
        if (socket is null || socket.State != WebSocketState.Open)
        {
            return;
        }
        await _sendLock.WaitAsync();
        try
        {
            pending.LastSentAt = Environment.TickCount64;
            await socket.SendAsync(Encoding.UTF8.GetBytes(pending.Frame), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or InvalidOperationException or IOException)
        {
            // The receive loop sees the same failure and reconnects; the send stays pending.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Reads frames until the socket ends; returns how it ended.</summary>
    private async Task<string> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var count = 0;
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.AsMemory(count), cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return $"ws close {(int?)socket.CloseStatus}";
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
                var resume = Handle(buffer.AsSpan(0, count));
                count = 0;
                if (resume)
                {
                    return "ws resume after a gap";
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return "stopped";
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
        {
            return $"ws dropped ({(ex is WebSocketException ws ? ws.WebSocketErrorCode.ToString() : ex.GetType().Name)})";
        }
    }

    /// <summary>Handles one frame; true when the client must resume (a message arrived past a gap).</summary>
    private bool Handle(ReadOnlySpan<byte> json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.ToArray());
        }
        catch (JsonException)
        {
            seen.Add("malformed frame");
            return false;
        }
        using var parsed = document;
        var frame = document.RootElement;
        var type = frame.TryGetProperty("message_type", out var t) ? t.GetString() : null;
        switch (type)
        {
            case "ack":
                var acked = frame.GetProperty("client_message_id").GetString()!;
                acks.Record(acked, Session, frame.GetProperty("seq").GetInt64(), "ws");
                _pending.TryRemove(acked, out _);
                return false;
            case "error":
                var code = frame.TryGetProperty("code", out var c) ? c.GetString() : null;
                seen.Add($"error frame {code ?? "(no code)"}");
                if (frame.TryGetProperty("client_message_id", out var refused) && refused.GetString() is { } id
                    && _pending.TryGetValue(id, out var answered))
                {
                    answered.LastAnsweredAt = Environment.TickCount64;
                }
                return false;
            case "text" or "image" or "file" or "system" when frame.TryGetProperty("seq", out var s) && s.ValueKind == JsonValueKind.Number:
                return Accept(s.GetInt64());
            default:
                return false;
        }
    }

    private bool Accept(long seq)
    {
        var last = LastSeq;
        if (seq <= last)
        {
            DuplicatesDropped++;
            return false;
        }
        if (seq != last + 1)
        {
            GapsSeen++;
            seen.Add("ws gap (client resumes)");
            return true;
        }
        lock (_received)
        {
            _received.Add(seq);
        }
        Interlocked.Exchange(ref _lastSeq, seq);
        return false;
    }

    private static string HandshakeFailure(ClientWebSocket socket, Exception ex)
    {
        if (socket.HttpStatusCode != 0)
        {
            var problem = socket.HttpResponseHeaders?.TryGetValue("Content-Type", out var types) == true
                && types.Any(v => v.Contains("problem+json", StringComparison.OrdinalIgnoreCase));
            return $"ws handshake {(int)socket.HttpStatusCode}{(problem ? " problem+json" : "")}";
        }
        return ex is OperationCanceledException ? "hang: ws handshake no answer in 15 s" : "ws handshake refused (no HTTP answer)";
    }

    private static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(5000, 250 * Math.Pow(2, Math.Min(attempt, 5))) + Random.Shared.Next(250));

    private static async Task CloseQuietlyAsync(ClientWebSocket socket)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
            {
            }
        }
    }
}
