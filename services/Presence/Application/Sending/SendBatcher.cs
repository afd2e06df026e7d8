using System.Diagnostics;
using ChatPlatform.Presence.Application.Frames;
using ChatPlatform.Presence.Infrastructure.Peers;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Presence.Application.Sending;

/// <summary>
/// Collects the WebSocket sends of every socket on this replica into batches for Messages. While fewer than
/// <see cref="PresenceOptions.SendBatchConcurrency"/> batches are out, a send leaves at once, from the frame handler
/// that made it (no hand-over to another thread: under light load a send costs what a single request costs). Sends
/// that arrive while all are out wait, and the next batch to come back takes them all along (up to
/// <see cref="PresenceOptions.SendBatchMax"/>): under heavy load one request, one round of Redis calls and one
/// statement batch carry many sends, so the cost of a send falls as the rate rises instead of its latency rising. A
/// socket handles its frames one at a time, so its sends never overtake each other.
/// </summary>
public sealed partial class SendBatcher(IServiceProvider services, IOptions<PresenceOptions> options, ILogger<SendBatcher> logger)
{
    private readonly Lock _gate = new();
    private readonly Queue<PendingSend> _waiting = new();
    private int _out;

    /// <summary>Sends now or with the next batch, and waits for Messages' answer (an HttpRequestException when Messages could not be reached).</summary>
    public async Task<SendOutcome> SendAsync(Guid sessionId, SendFrame frame, string accessToken, CancellationToken cancellationToken)
    {
        var pending = new PendingSend(sessionId, frame, accessToken, Activity.Current?.Id);
        List<PendingSend>? batch = null;
        lock (_gate)
        {
            if (_out < options.Value.SendBatchConcurrency)
            {
                _out++;
                batch = TakeWaiting(pending);
            }
            else
            {
                _waiting.Enqueue(pending);
            }
        }
        if (batch is not null)
        {
            await SendBatchAsync(batch);
            HandOver();
        }
        return await pending.Outcome.Task.WaitAsync(cancellationToken);
    }

    /// <summary>A batch came back: the sends that waited meanwhile leave together, on a pool thread, or the slot is free.</summary>
    private void HandOver()
    {
        List<PendingSend> next;
        lock (_gate)
        {
            if (_waiting.Count == 0)
            {
                _out--;
                return;
            }
            next = TakeWaiting(first: null);
        }
        _ = Task.Run(() => DrainAsync(next));
    }

    private async Task DrainAsync(List<PendingSend> batch)
    {
        while (true)
        {
            await SendBatchAsync(batch);
            lock (_gate)
            {
                if (_waiting.Count == 0)
                {
                    _out--;
                    return;
                }
                batch = TakeWaiting(first: null);
            }
        }
    }

    private List<PendingSend> TakeWaiting(PendingSend? first)
    {
        var max = options.Value.SendBatchMax;
        var batch = new List<PendingSend>(Math.Min(max, _waiting.Count + 1));
        if (first is not null)
        {
            batch.Add(first);
        }
        while (batch.Count < max && _waiting.TryDequeue(out var next))
        {
            batch.Add(next);
        }
        return batch;
    }

    /// <summary>One request for the batch; every send in it gets its outcome (or the failure) whatever happens.</summary>
    private async Task SendBatchAsync(List<PendingSend> batch)
    {
        // The batch belongs to no single send's trace (each send carries its own traceparent to Messages).
        Activity.Current = null;
        SendBatchMetrics.Record(batch.Count);
        using var timeout = new CancellationTokenSource(options.Value.SendTimeout);
        try
        {
            var outcomes = await services.GetRequiredService<MessagesSendClient>().SendAsync(batch, timeout.Token);
            for (var index = 0; index < batch.Count; index++)
            {
                batch[index].Outcome.TrySetResult(outcomes[index]);
            }
        }
        catch (Exception exception)
        {
            LogBatchUnanswered(logger, batch.Count, exception);
            var failure = exception as HttpRequestException ?? new HttpRequestException("The message service did not answer in time.", exception);
            foreach (var pending in batch)
            {
                pending.Outcome.TrySetException(failure);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} sends got no answer from the message service")]
    private static partial void LogBatchUnanswered(ILogger logger, int count, Exception exception);
}
