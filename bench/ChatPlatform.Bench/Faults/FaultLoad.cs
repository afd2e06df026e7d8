using ChatPlatform.Bench.Platform;

namespace ChatPlatform.Bench.Faults;

/// <summary>
/// Steady load through the gateway: every socket user sends over its WebSocket, the REST senders post, in turn, at
/// <c>rate</c> messages/s in total (one in four over REST, each REST sender one send at a time). The sockets also read (each user on its own session,
/// spread over both Presence replicas by DCP's proxy) and resume with <c>since_seq</c> whenever they lose the socket.
/// Sending can pause (to verify a quiet platform) while the sockets stay connected.
/// </summary>
public sealed class FaultLoad : IAsyncDisposable
{
    private const int RestShare = 4;

    private readonly ReconnectingSocket[] _sockets;
    private readonly RestSender[] _rest;
    private readonly double _rate;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _running = [];
    private readonly List<Task> _inFlight = [];
    private volatile bool _paused = true;

    public FaultLoad(PlatformSetup setup, Uri gateway, HttpClient http, int restSenders, double rate, AckLog acks, Observations seen)
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var ws = new UriBuilder(gateway) { Scheme = gateway.Scheme == "https" ? "wss" : "ws" }.Uri;
        _sockets = setup.Users.Select(u => new ReconnectingSocket(u, setup.Sessions[u.Index % setup.Sessions.Count], ws, acks, seen,
            new SendIds(run, $"ws{u.Index}"))).ToArray();
        _rest = setup.Users.Take(restSenders).Select(u => new RestSender(u, setup.Sessions[u.Index % setup.Sessions.Count], http, acks, seen,
            new SendIds(run, $"rest{u.Index}"))).ToArray();
        _rate = rate;
    }

    public IReadOnlyList<ReconnectingSocket> Sockets => _sockets;

    public void Start()
    {
        _running.AddRange(_sockets.Select(s => Task.Run(() => s.RunAsync(_stop.Token))));
        _running.Add(Task.Run(PaceAsync));
        _running.Add(Task.Run(ResendAsync));
    }

    public void Resume() => _paused = false;

    /// <summary>Disconnects <paramref name="count"/> random sockets (each connects again at once, resuming).</summary>
    public Task ChurnAsync(int count) =>
        Task.WhenAll(Enumerable.Range(0, count).Select(_ => _sockets[Random.Shared.Next(_sockets.Length)].DisconnectAsync()));

    /// <summary>Stops new sends and waits for the REST sends in flight (they retry for up to a minute).</summary>
    public async Task PauseAsync()
    {
        _paused = true;
        Task[] inFlight;
        lock (_inFlight)
        {
            inFlight = [.. _inFlight];
        }
        await Task.WhenAll(inFlight);
    }

    private async Task PaceAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1 / _rate));
        long turn = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                if (_paused)
                {
                    continue;
                }
                turn++;
                // A REST sender still retrying its previous send leaves the turn to a socket.
                if (_rest.Length == 0 || turn % RestShare != 0 || !_rest[(int)(turn / RestShare % _rest.Length)].TrySendNew(_stop.Token, out var send))
                {
                    send = _sockets[(int)(turn % _sockets.Length)].SendNewAsync();
                }
                lock (_inFlight)
                {
                    _inFlight.RemoveAll(t => t.IsCompleted);
                    _inFlight.Add(send);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ResendAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), _stop.Token);
                foreach (var socket in _sockets)
                {
                    await socket.ResendPendingAsync();
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_running).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }
}
