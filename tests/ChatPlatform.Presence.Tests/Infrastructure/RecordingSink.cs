using System.Text.Json;
using ChatPlatform.Presence.Application.Delivery;

namespace ChatPlatform.Presence.Tests.Infrastructure;

/// <summary>A socket's send queue as a list: what was sent, in order, with an optional capacity to play a slow client.</summary>
public sealed class RecordingSink(int capacity = int.MaxValue) : IFrameSink
{
    private readonly Lock gate = new();
    private readonly List<byte[]> frames = [];
    private readonly CancellationTokenSource closing = new();

    public Guid ConnectionId { get; } = Guid.NewGuid();

    public Guid UserId { get; init; } = Guid.NewGuid();

    public string AccessToken => "token-" + UserId;

    public CancellationToken Closing => closing.Token;

    public string? FailedBecause { get; private set; }

    /// <summary>The users this sink's user blocks.</summary>
    public IReadOnlySet<Guid> Blocked { get; init; } = new HashSet<Guid>();

    public bool Ignores(Guid userId) => Blocked.Contains(userId);

    public IReadOnlyList<long> Seqs
    {
        get
        {
            lock (gate)
            {
                return frames.Select(SeqOf).Where(seq => seq is not null).Select(seq => seq!.Value).ToList();
            }
        }
    }

    public IReadOnlyList<byte[]> Frames
    {
        get { lock (gate) { return frames.ToList(); } }
    }

    public bool TrySend(byte[] frame)
    {
        lock (gate)
        {
            if (frames.Count >= capacity)
            {
                Fail("full");
                return false;
            }
            frames.Add(frame);
            return true;
        }
    }

    public ValueTask SendPacedAsync(byte[] frame, CancellationToken cancellationToken)
    {
        TrySend(frame);
        return ValueTask.CompletedTask;
    }

    public void Fail(string reason)
    {
        FailedBecause ??= reason;
        closing.Cancel();
    }

    /// <summary>Waits until <paramref name="condition"/> holds for what was sent (replays run in the background).</summary>
    public async Task WaitUntilAsync(Func<RecordingSink, bool> condition, int timeoutMilliseconds = 5000)
    {
        var deadline = Environment.TickCount64 + timeoutMilliseconds;
        while (!condition(this))
        {
            if (Environment.TickCount64 > deadline)
            {
                throw new TimeoutException($"Sent so far: {string.Join(",", Seqs)}");
            }
            await Task.Delay(5);
        }
    }

    private static long? SeqOf(byte[] frame)
    {
        using var document = JsonDocument.Parse(frame);
        return document.RootElement.TryGetProperty("seq", out var seq) ? seq.GetInt64() : null;
    }
}
