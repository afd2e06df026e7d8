using System.Text;
using ChatPlatform.Presence.Application.Delivery;
using ChatPlatform.Presence.Application.Frames;

namespace ChatPlatform.Presence.Tests.Infrastructure;

/// <summary>
/// Messages' history as a list of stored frames, paged like the real API. <see cref="BeforePage"/> runs before each
/// page is read, to let a test commit and publish new messages in the middle of a replay.
/// </summary>
public sealed class FakeHistory(int pageSize = 200) : IHistorySource
{
    private readonly Lock gate = new();
    private readonly SortedDictionary<long, MessageFrame> stored = [];

    public Func<Task>? BeforePage { get; set; }

    public int PageReads { get; private set; }

    public int? DenyWithStatus { get; set; }

    /// <summary>The newest-seq lookup fails as if Messages were down.</summary>
    public bool FailNewest { get; set; }

    /// <summary>While set, each newest-seq lookup reads the store, then waits for it before it answers.</summary>
    public TaskCompletionSource? HoldNewest { get; set; }

    /// <summary>How many newest-seq lookups have started.</summary>
    public int NewestReads => Volatile.Read(ref newestReads);

    private int newestReads;

    public static MessageFrame Frame(long seq, Guid? author = null) => new(seq, Encoding.UTF8.GetBytes($$"""{"message_type":"text","seq":{{seq}}}"""), author);

    public MessageFrame Store(long seq, Guid? author = null)
    {
        var frame = Frame(seq, author);
        lock (gate)
        {
            stored[seq] = frame;
        }
        return frame;
    }

    public async Task<HistoryPage> GetAfterAsync(Guid sessionId, long afterSeq, string accessToken, CancellationToken cancellationToken)
    {
        if (BeforePage is { } hook)
        {
            await hook();
        }
        if (DenyWithStatus is { } status)
        {
            throw new HistoryAccessDeniedException(sessionId, status);
        }
        lock (gate)
        {
            PageReads++;
            var after = stored.Values.Where(frame => frame.Seq > afterSeq).ToList();
            return new HistoryPage(after.Take(pageSize).ToList(), after.Count > pageSize);
        }
    }

    public async Task<long> GetLastSeqAsync(Guid sessionId, string accessToken, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref newestReads);
        if (FailNewest)
        {
            throw new HttpRequestException("Messages is down.");
        }
        long newest;
        lock (gate)
        {
            newest = stored.Count == 0 ? 0 : stored.Keys.Max();
        }
        if (HoldNewest is { } hold)
        {
            await hold.Task.WaitAsync(cancellationToken);
        }
        return newest;
    }

    public Task<long> GetSeqBeforeAsync(Guid sessionId, DateTimeOffset time, string accessToken, CancellationToken cancellationToken) =>
        GetLastSeqAsync(sessionId, accessToken, cancellationToken);
}
