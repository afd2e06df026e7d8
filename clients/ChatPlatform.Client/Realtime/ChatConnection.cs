using System.Buffers;
using System.Net;
using System.Net.WebSockets;
using System.Threading.Channels;

namespace ChatPlatform.Client.Realtime;

/// <summary>
/// A chat WebSocket that stays connected: the per-session socket or the all-sessions socket (SPEC.md section 4).
/// Frames arrive on <see cref="Frames"/> in order, each stream frame once (deduplicated by seq per session, across
/// reconnects too). <see cref="SendAsync"/> completes with the server's ack. A dropped socket is reopened with capped,
/// jittered backoff, resuming every session with <c>since_seq</c> = the last seq seen and resending every unacked
/// send with its <c>client_message_id</c>; the token is refreshed before it expires and the socket reopened with it.
/// </summary>
public sealed class ChatConnection : IAsyncDisposable
{
    private static readonly TimeSpan HealthyConnection = TimeSpan.FromSeconds(5);

    private readonly ChatConnectionOptions _options;
    private readonly SeqTracker<ChatFrame> _seqs = new();
    private readonly PendingSends _pending = new();
    private readonly HashSet<Guid> _subscriptions = [];
    private readonly Channel<ChatFrame> _frames = Channel.CreateUnbounded<ChatFrame>();
    private readonly Action<ChatFrame> _deliver;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly ReconnectBackoff _backoff;
    private ClientWebSocket? _socket;
    private string? _socketToken;
    private volatile bool _disposing;
    private volatile bool _reopenNow;
    private Task _run = Task.CompletedTask;
    private Task _maintenance = Task.CompletedTask;

    private ChatConnection(ChatConnectionOptions options)
    {
        _options = options;
        _backoff = new ReconnectBackoff(options.InitialReconnectDelay, options.MaxReconnectDelay);
        _deliver = frame => _frames.Writer.TryWrite(frame);
        if (options.SessionId is { } sessionId && options.SinceSeq is { } since)
        {
            _seqs.Seed(sessionId, since);
        }
    }

    public ChatConnectionState State { get; private set; } = ChatConnectionState.Connecting;

    /// <summary>Sockets opened after the first one.</summary>
    public int Reconnects { get; private set; }

    /// <summary>How the last socket ended (null for a drop without a close frame).</summary>
    public WebSocketCloseStatus? LastCloseStatus { get; private set; }

    /// <summary>Raised on the connection's own task: keep handlers short.</summary>
    public event Action<ChatConnectionState>? StateChanged;

    /// <summary>Every server frame, in arrival order, duplicates of seen seqs removed. Completes when the connection closes.</summary>
    public ChannelReader<ChatFrame> Frames => _frames.Reader;

    public IAsyncEnumerable<ChatFrame> ReadFramesAsync(CancellationToken cancellationToken = default) =>
        _frames.Reader.ReadAllAsync(cancellationToken);

    /// <summary>The last seq the app was handed for a session (where a reconnect resumes).</summary>
    public long? LastSeq(Guid sessionId) => _seqs.LastSeen(sessionId);

    /// <summary>Sends not acknowledged yet.</summary>
    public int PendingSends => _pending.Count;

    /// <summary>Opens the socket; fails with <see cref="ChatConnectException"/> when the server refuses the handshake.</summary>
    public static async Task<ChatConnection> ConnectAsync(ChatConnectionOptions options, CancellationToken cancellationToken = default)
    {
        var connection = new ChatConnection(options);
        var socket = await connection.OpenAsync(cancellationToken);
        connection._run = connection.RunAsync(socket);
        connection._maintenance = connection.MaintainAsync();
        return connection;
    }

    /// <summary>
    /// Sends a message and completes with its ack; fails with <see cref="ChatSendException"/> when the server refuses
    /// it. While the socket is down the send waits and goes out (again, with the same id) on the next socket.
    /// Cancelling stops the wait only: the send may still be stored.
    /// </summary>
    public async Task<SendAck> SendAsync(string content, Guid? sessionId = null, ChatSendOptions? options = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposing, this);
        if (State == ChatConnectionState.Closed)
        {
            throw new InvalidOperationException("The connection is closed: the server refused it for good.");
        }
        var session = FrameSession(sessionId);
        var clientMessageId = options?.ClientMessageId ?? Guid.CreateVersion7().ToString();
        var frame = ClientFrames.Send(session, content, clientMessageId, options);
        if (frame.Length > ClientFrames.MaxFrameBytes)
        {
            throw new ArgumentException($"The send frame is {frame.Length} bytes; the server takes at most {ClientFrames.MaxFrameBytes}.", nameof(content));
        }
        var pending = _pending.Add(clientMessageId, session ?? _options.SessionId, frame);
        if (State == ChatConnectionState.Closed)
        {
            _pending.TryFail(clientMessageId, new ChatSendException("connection_closed", "The connection closed before the send went out.", clientMessageId));
        }
        await WritePendingAsync(pending);
        return await pending.Completion.WaitAsync(cancellationToken);
    }

    /// <summary>Tells the session's other participants whether the user is typing (dropped while reconnecting).</summary>
    public Task SendTypingAsync(bool isTyping, Guid? sessionId = null) => WriteIfOpenAsync(ClientFrames.Typing(FrameSession(sessionId), isTyping));

    /// <summary>Moves the user's read cursor up to <paramref name="upToSeq"/> (dropped while reconnecting; cursors never move back).</summary>
    public Task MarkReadAsync(long upToSeq, Guid? sessionId = null) => WriteIfOpenAsync(ClientFrames.Read(FrameSession(sessionId), upToSeq));

    /// <summary>All-sessions socket: follow a session, replaying after <paramref name="sinceSeq"/>; kept across reconnects.</summary>
    public Task SubscribeAsync(Guid sessionId, long? sinceSeq = null)
    {
        RequireAllSessionsSocket();
        lock (_subscriptions)
        {
            _subscriptions.Add(sessionId);
        }
        if (sinceSeq is { } since)
        {
            _seqs.Seed(sessionId, since);
            BeginResync(sessionId);
        }
        return WriteIfOpenAsync(ClientFrames.Subscribe(sessionId, _seqs.LastSeen(sessionId)));
    }

    public Task UnsubscribeAsync(Guid sessionId)
    {
        RequireAllSessionsSocket();
        lock (_subscriptions)
        {
            _subscriptions.Remove(sessionId);
        }
        return WriteIfOpenAsync(ClientFrames.Unsubscribe(sessionId));
    }

    /// <summary>Drops the socket without a close handshake, as a lost network does; the connection reconnects and resumes.</summary>
    public void DropSocket() => Volatile.Read(ref _socket)?.Abort();

    private async Task RunAsync(ClientWebSocket first)
    {
        var socket = first;
        Exception? fault = null;
        try
        {
            while (true)
            {
                var openedAt = DateTimeOffset.UtcNow;
                var token = _socketToken;
                await AttachAsync(socket);
                var closeStatus = await ReceiveAsync(socket);
                await DetachAsync(socket);
                if (_disposing)
                {
                    break;
                }
                LastCloseStatus = closeStatus;
                SetState(ChatConnectionState.Reconnecting);
                if (DateTimeOffset.UtcNow - openedAt >= HealthyConnection)
                {
                    _backoff.Reset();
                }
                socket = await ReopenAsync(await DelayAfterAsync(closeStatus, token));
                Reconnects++;
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            fault = exception;
        }
        finally
        {
            SetState(ChatConnectionState.Closed);
            _pending.FailAll(p => fault ?? new ChatSendException("connection_closed", "The connection was disposed before the ack arrived.", p.ClientMessageId));
            _frames.Writer.TryComplete(fault);
        }
    }

    private async Task<TimeSpan> DelayAfterAsync(WebSocketCloseStatus? closeStatus, string? socketToken)
    {
        if (closeStatus == WebSocketCloseStatus.PolicyViolation)
        {
            try
            {
                await _options.Credentials.RefreshAsync(socketToken, _stopping.Token);
                return TimeSpan.Zero;
            }
            catch (Exception transient) when (IsTransient(transient))
            {
                return _backoff.Next();
            }
        }
        if ((int?)closeStatus == ChatCloseCodes.RateLimited)
        {
            return _backoff.Next(_options.RateLimitedDelay);
        }
        if (_reopenNow)
        {
            _reopenNow = false;
            return TimeSpan.Zero;
        }
        return _backoff.Next();
    }

    private async Task<ClientWebSocket> ReopenAsync(TimeSpan delay)
    {
        while (true)
        {
            await Task.Delay(delay, _stopping.Token);
            try
            {
                return await OpenAsync(_stopping.Token);
            }
            catch (ChatConnectException refused) when (!refused.IsFatal && !GaveUp())
            {
                delay = refused.Status == HttpStatusCode.TooManyRequests ? _backoff.Next(_options.RateLimitedDelay) : _backoff.Next();
            }
            catch (Exception transient) when (IsTransient(transient) && !GaveUp())
            {
                delay = _backoff.Next();
            }
        }
    }

    /// <summary>The gateway or the token refresh could not answer now (network, 429, 5xx): worth another attempt.</summary>
    private static bool IsTransient(Exception exception) =>
        exception is HttpRequestException || exception is ChatPlatformProblemException { Status: HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError };

    private bool GaveUp() => _options.MaxReconnectAttempts is { } max && _backoff.Attempt >= max;

    private async Task<ClientWebSocket> OpenAsync(CancellationToken cancellationToken)
    {
        for (var refreshed = false; ; refreshed = true)
        {
            var token = await _options.Credentials.GetAccessTokenAsync(cancellationToken);
            var socket = new ClientWebSocket();
            socket.Options.CollectHttpResponseDetails = true;
            socket.Options.SetRequestHeader("Authorization", "Bearer " + token);
            socket.Options.KeepAliveInterval = _options.KeepAliveInterval;
            socket.Options.KeepAliveTimeout = _options.KeepAliveTimeout;
            _options.ConfigureWebSocket?.Invoke(socket.Options);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.ConnectTimeout);
            try
            {
                var since = _options.SessionId is { } sessionId ? _seqs.LastSeen(sessionId) : null;
                await socket.ConnectAsync(_options.SocketAddress(since), timeout.Token);
                _socketToken = token;
                return socket;
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                var status = socket.HttpStatusCode == 0 ? (HttpStatusCode?)null : socket.HttpStatusCode;
                socket.Dispose();
                if (status == HttpStatusCode.Unauthorized && !refreshed)
                {
                    await _options.Credentials.RefreshAsync(token, cancellationToken);
                    continue;
                }
                throw new ChatConnectException(status, exception);
            }
        }
    }

    /// <summary>Makes the socket the current one: follows the subscribed sessions again, then resends every unacked send in order.</summary>
    private async Task AttachAsync(ClientWebSocket socket)
    {
        await _writeLock.WaitAsync();
        try
        {
            if (_options.SessionId is null)
            {
                foreach (var (sessionId, since) in Resubscriptions())
                {
                    BeginResync(sessionId);
                    await socket.SendAsync(ClientFrames.Subscribe(sessionId, since), WebSocketMessageType.Text, true, _stopping.Token);
                }
            }
            foreach (var pending in _pending.Unacked())
            {
                await WriteAsync(socket, pending);
            }
            Volatile.Write(ref _socket, socket);
        }
        catch (Exception exception) when (exception is WebSocketException or IOException)
        {
            socket.Abort();
        }
        finally
        {
            _writeLock.Release();
        }
        SetState(ChatConnectionState.Open);
    }

    /// <summary>On a new all-sessions socket: every session followed or seen, from its last seen seq.</summary>
    private List<(Guid SessionId, long? Since)> Resubscriptions()
    {
        var positions = _seqs.Positions();
        var sessions = positions.Select(p => (p.Key, (long?)p.Value)).ToList();
        lock (_subscriptions)
        {
            sessions.AddRange(_subscriptions.Where(id => positions.All(p => p.Key != id)).Select(id => (id, (long?)null)));
        }
        return sessions;
    }

    private async Task DetachAsync(ClientWebSocket socket)
    {
        await _writeLock.WaitAsync();
        try
        {
            Interlocked.CompareExchange(ref _socket, null, socket);
        }
        finally
        {
            _writeLock.Release();
        }
        socket.Dispose();
    }

    private async Task<WebSocketCloseStatus?> ReceiveAsync(ClientWebSocket socket)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        var assembled = new ArrayBufferWriter<byte>();
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.AsMemory(), _stopping.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return socket.CloseStatus;
                }
                if (result.EndOfMessage && assembled.WrittenCount == 0)
                {
                    Handle(buffer.AsSpan(0, result.Count).ToArray());
                    continue;
                }
                assembled.Write(buffer.AsSpan(0, result.Count));
                if (result.EndOfMessage)
                {
                    Handle(assembled.WrittenSpan.ToArray());
                    assembled.ResetWrittenCount();
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Handle(byte[] utf8Json)
    {
        if (ChatFrameReader.Read(utf8Json) is not { } frame || _options.InboundFilter?.Invoke(frame) == false)
        {
            return;
        }
        switch (frame.MessageType)
        {
            case ChatFrameTypes.Ack when frame.ClientMessageId is not null:
                _pending.TryAck(frame.Deserialize<SendAck>());
                break;
            case ChatFrameTypes.Error when frame.ClientMessageId is { } clientMessageId:
                Refused(clientMessageId, frame.Deserialize<ChatError>());
                break;
            default:
                if (frame.IsSequenced && (frame.ChatSessionId ?? _options.SessionId) is { } sessionId)
                {
                    _seqs.Offer(sessionId, frame.Seq!.Value, frame, DateTimeOffset.UtcNow, _deliver);
                    return;
                }
                break;
        }
        _deliver(frame);
    }

    /// <summary>A session is about to be replayed on the all-sessions socket: see <see cref="SeqTracker{T}"/>.</summary>
    private void BeginResync(Guid sessionId)
    {
        _seqs.BeginResync(sessionId, DateTimeOffset.UtcNow + _options.ResyncWindow);
        _ = ExpireResyncAsync();
    }

    private async Task ExpireResyncAsync()
    {
        try
        {
            await Task.Delay(_options.ResyncWindow + TimeSpan.FromMilliseconds(10), _stopping.Token);
            _seqs.Expire(DateTimeOffset.UtcNow, _deliver);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void Refused(string clientMessageId, ChatError error)
    {
        if (error.Code == "service_unavailable" && _pending.Find(clientMessageId) is { } pending
            && pending.Unavailable++ < _options.ServiceUnavailableRetries)
        {
            _ = ResendLaterAsync(pending);
            return;
        }
        var retryAfter = error.RetryAfterMs is { } ms ? TimeSpan.FromMilliseconds(ms) : (TimeSpan?)null;
        _pending.TryFail(clientMessageId, new ChatSendException(error.Code, error.Detail, clientMessageId, retryAfter));
    }

    private async Task ResendLaterAsync(PendingSend pending)
    {
        try
        {
            await Task.Delay(_options.InitialReconnectDelay * Math.Pow(2, pending.Unavailable), _stopping.Token);
            pending.WrittenOn = null;
            await WritePendingAsync(pending);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Writes a send on the current socket unless it already went out there (a reconnect's resend).</summary>
    private async Task WritePendingAsync(PendingSend pending)
    {
        await _writeLock.WaitAsync();
        try
        {
            if (Volatile.Read(ref _socket) is { } socket && pending.WrittenOn != socket && !pending.Completion.IsCompleted)
            {
                await WriteAsync(socket, pending);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or OperationCanceledException)
        {
            // The socket is going down: the receive loop sees it, and the next socket resends this send.
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task WriteAsync(ClientWebSocket socket, PendingSend pending)
    {
        pending.WrittenOn = socket;
        await socket.SendAsync(pending.Frame, WebSocketMessageType.Text, true, _stopping.Token);
    }

    private async Task WriteIfOpenAsync(ReadOnlyMemory<byte> frame)
    {
        await _writeLock.WaitAsync();
        try
        {
            if (Volatile.Read(ref _socket) is { State: WebSocketState.Open } socket)
            {
                await socket.SendAsync(frame, WebSocketMessageType.Text, true, _stopping.Token);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or OperationCanceledException)
        {
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Pings so the server does not close an idle socket, and refreshes the token before it expires (then reopens the socket with it).</summary>
    private async Task MaintainAsync()
    {
        try
        {
            while (!_stopping.IsCancellationRequested)
            {
                var untilRefresh = _options.Credentials.RefreshDue - DateTimeOffset.UtcNow;
                await Task.Delay(TimeSpan.FromTicks(Math.Clamp(untilRefresh.Ticks, 0, _options.PingInterval.Ticks)), _stopping.Token);
                if (_options.Credentials.RefreshDue > DateTimeOffset.UtcNow)
                {
                    await WriteIfOpenAsync(ClientFrames.Ping);
                    continue;
                }
                await RefreshAndReopenAsync();
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
    }

    private async Task RefreshAndReopenAsync()
    {
        try
        {
            await _options.Credentials.RefreshAsync(_socketToken, _stopping.Token);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The refresh endpoint is unreachable: try again shortly; the socket keeps its token until it expires.
            await Task.Delay(_backoff.Next(), _stopping.Token);
            return;
        }
        _reopenNow = true;
        await CloseCurrentAsync("token refreshed");
    }

    /// <summary>Closes the current socket with a close handshake; the receive loop sees the server's close and reconnects (or stops when disposing).</summary>
    private async Task CloseCurrentAsync(string reason)
    {
        await _writeLock.WaitAsync();
        try
        {
            if (Interlocked.Exchange(ref _socket, null) is { State: WebSocketState.Open } socket)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, reason, timeout.Token);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or OperationCanceledException)
        {
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private Guid? FrameSession(Guid? sessionId)
    {
        if (_options.SessionId is { } own)
        {
            return sessionId is null || sessionId == own ? null : throw new ArgumentException($"This socket is for session {own}.", nameof(sessionId));
        }
        return sessionId ?? throw new ArgumentException("The all-sessions socket needs the frame's session.", nameof(sessionId));
    }

    private void RequireAllSessionsSocket()
    {
        if (_options.SessionId is not null)
        {
            throw new InvalidOperationException("Subscribe and unsubscribe are for the all-sessions socket.");
        }
    }

    private void SetState(ChatConnectionState state)
    {
        if (State != state)
        {
            State = state;
            StateChanged?.Invoke(state);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposing)
        {
            return;
        }
        _disposing = true;
        await CloseCurrentAsync("done");
        await Task.WhenAny(_run, Task.Delay(TimeSpan.FromSeconds(5)));
        await _stopping.CancelAsync();
        Volatile.Read(ref _socket)?.Abort();
        await Task.WhenAll(_run, _maintenance);
        _stopping.Dispose();
        _writeLock.Dispose();
    }
}
