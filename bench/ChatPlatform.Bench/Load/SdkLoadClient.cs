using System.Diagnostics;
using System.Text;
using ChatPlatform.Client.Realtime;

namespace ChatPlatform.Bench.Load;

/// <summary>
/// One socket of the measured load carried by the SDK (<c>--client sdk</c>), used as an app would use it: each send is
/// <see cref="ChatConnection.SendAsync"/> with the bench's <c>client_message_id</c> (its send time inside), and its ack
/// latency is the moment that call completes; deliveries are read from <see cref="ChatConnection.Frames"/>, after the
/// SDK's own seq dedupe and its hop through a channel. A drop is healed by the SDK (resume, resend); each reconnect is
/// reported as a socket failure, so a run that needed one does not pass as clean.
/// </summary>
public sealed class SdkLoadClient(int index, int room, Func<CancellationToken, Task<ChatConnection>> open, byte[] runPrefix, string content, RunClock clock)
    : ILoadClient
{
    private readonly Lock _acks = new();
    private readonly string _runPrefix = Encoding.ASCII.GetString(runPrefix);
    private ChatConnection? _connection;
    private Task _receiveLoop = Task.CompletedTask;
    private long _sequence;
    private volatile bool _closing;

    public int Index { get; } = index;

    public int Room { get; } = room;

    public ClientStats Stats { get; } = new();

    public int Recipients { get; set; }

    public bool IsOpen => _connection?.State == ChatConnectionState.Open;

    public string? ConnectError { get; private set; }

    public async Task<bool> ConnectAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cancellation.CancelAfter(timeout);
        try
        {
            _connection = await open(cancellation.Token);
            _receiveLoop = Task.Run(ReceiveLoopAsync, CancellationToken.None);
            return true;
        }
        catch (Exception ex) when (ex is ChatConnectException or OperationCanceledException or HttpRequestException)
        {
            ConnectError = ex is ChatConnectException { Status: { } status } ? $"HTTP {(int)status}"
                : ex is OperationCanceledException ? "timeout" : ex.GetBaseException().Message;
            return false;
        }
    }

    public Task<bool> SendAsync(RunCounters counters)
    {
        var timestamp = Stopwatch.GetTimestamp();
        var clientMessageId = $"{_runPrefix}{timestamp}.{Index}.{Interlocked.Increment(ref _sequence)}";
        Task<SendAck> ack;
        try
        {
            ack = _connection!.SendAsync(content, options: new ChatSendOptions { ClientMessageId = clientMessageId });
        }
        catch (Exception ex) when (ex is ObjectDisposedException or InvalidOperationException)
        {
            counters.SendFailed(ex.Message);
            return Task.FromResult(false);
        }
        var measured = clock.IsMeasured(timestamp);
        counters.Sent(measured, Recipients);
        return AwaitReplyAsync(ack, timestamp, measured);
    }

    /// <summary>The ack as the app gets it (the SDK completes the send), or the refusal's code as an error frame.</summary>
    private async Task<bool> AwaitReplyAsync(Task<SendAck> ack, long timestamp, bool measured)
    {
        try
        {
            await ack;
            var now = Stopwatch.GetTimestamp();
            if (measured)
            {
                lock (_acks)
                {
                    Stats.Ack.Record(RunClock.Microseconds(timestamp, now));
                    Stats.Acks++;
                }
            }
            return true;
        }
        catch (ChatSendException refused)
        {
            Stats.CountError(refused.Code);
            return false;
        }
        catch (Exception ex) when (ex is ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // The connection closed before the ack: the run counts the send as missing its ack.
            return false;
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var stats = Stats;
        long lastSeq = 0;
        await foreach (var chatFrame in _connection!.ReadFramesAsync())
        {
            var now = Stopwatch.GetTimestamp();
            stats.BytesReceived += chatFrame.Utf8Json.Length;
            stats.Record(ServerFrame.Parse(chatFrame.Utf8Json.Span, runPrefix), now, clock, ref lastSeq);
        }
        if (!_closing)
        {
            stats.Failure = $"the SDK closed the connection: {_connection.LastCloseStatus}";
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_closing || _connection is null)
        {
            return;
        }
        _closing = true;
        if (_connection.Reconnects > 0)
        {
            Stats.Failure ??= $"the SDK reconnected {_connection.Reconnects} time(s) (resumed, sends resent)";
        }
        await _connection.DisposeAsync();
        await _receiveLoop;
    }
}
