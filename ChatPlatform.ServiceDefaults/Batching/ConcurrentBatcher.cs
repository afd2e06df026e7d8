namespace ChatPlatform.ServiceDefaults.Batching;

/// <summary>
/// Turns concurrent calls into batches without adding latency under light load. While fewer than
/// <see cref="Concurrency"/> batches are out, an item leaves at once, on the caller's own task (no hand-over to another
/// thread: alone it costs what a single call costs). Items that arrive while every slot is out wait, and the next
/// batch to come back takes them all along (up to <see cref="MaxBatch"/>) on a pool thread: under heavy load one
/// round trip carries many items, so the cost of an item falls as the rate rises instead of its latency rising.
/// Presence batches WebSocket sends to Messages with it; Messages batches concurrent REST sends into one commit.
/// </summary>
public abstract class ConcurrentBatcher<TItem, TResult>
{
    private readonly Lock _gate = new();
    private readonly Queue<Pending> _waiting = new();
    private int _out;

    /// <summary>Batches out at once.</summary>
    protected abstract int Concurrency { get; }

    /// <summary>The most items one batch carries.</summary>
    protected abstract int MaxBatch { get; }

    /// <summary>
    /// Runs one batch and returns one result per item, in order. An exception fails every item of the batch with it
    /// (<see cref="Failure"/> may turn it into what callers expect).
    /// </summary>
    protected abstract Task<IReadOnlyList<TResult>> RunBatchAsync(IReadOnlyList<TItem> batch);

    /// <summary>What the callers of a failed batch get.</summary>
    protected virtual Exception Failure(Exception exception, int count) => exception;

    /// <summary>Runs <paramref name="item"/> now or with the next batch and waits for its result. Cancelling stops the wait only.</summary>
    public async Task<TResult> SubmitAsync(TItem item, CancellationToken cancellationToken)
    {
        var pending = new Pending(item);
        List<Pending>? batch = null;
        lock (_gate)
        {
            if (_out < Concurrency)
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
            await RunAsync(batch);
            HandOver();
        }
        return await pending.Result.Task.WaitAsync(cancellationToken);
    }

    /// <summary>A batch came back: the items that waited meanwhile leave together, on a pool thread, or the slot is free.</summary>
    private void HandOver()
    {
        List<Pending> next;
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

    private async Task DrainAsync(List<Pending> batch)
    {
        while (true)
        {
            await RunAsync(batch);
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

    private List<Pending> TakeWaiting(Pending? first)
    {
        var max = MaxBatch;
        var batch = new List<Pending>(Math.Min(max, _waiting.Count + 1));
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

    /// <summary>Runs the batch; every item gets its result (or the failure) whatever happens.</summary>
    private async Task RunAsync(List<Pending> batch)
    {
        try
        {
            var results = await RunBatchAsync(batch.ConvertAll(p => p.Item));
            for (var index = 0; index < batch.Count; index++)
            {
                batch[index].Result.TrySetResult(results[index]);
            }
        }
        catch (Exception exception)
        {
            var failure = Failure(exception, batch.Count);
            foreach (var pending in batch)
            {
                pending.Result.TrySetException(failure);
            }
        }
    }

    private sealed class Pending(TItem item)
    {
        public TItem Item { get; } = item;

        public TaskCompletionSource<TResult> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
