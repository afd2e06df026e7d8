using System.Diagnostics;
using System.Threading.Channels;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Presence.Clients;

/// <summary>
/// Collects the WebSocket sends of every socket on this replica into batches for Messages: a few requests are out at
/// a time (<see cref="PresenceOptions.SendBatchConcurrency"/>), and whatever arrives while they are out leaves
/// together in the next one. Under light load a send leaves at once, alone; under heavy load one request, one
/// round of Redis calls and one statement batch carry many sends, so the cost of a send falls as the rate rises
/// instead of the latency. A socket handles its frames one at a time, so its sends never overtake each other.
/// </summary>
public sealed partial class SendBatcher(IServiceProvider services, IOptions<PresenceOptions> options, ILogger<SendBatcher> logger) : BackgroundService
{
    private readonly Channel<PendingSend> waiting = Channel.CreateUnbounded<PendingSend>(new UnboundedChannelOptions { SingleWriter = false });

    /// <summary>Queues a send and waits for Messages' answer (an HttpRequestException when Messages could not be reached).</summary>
    public Task<SendOutcome> SendAsync(Guid sessionId, Protocol.SendFrame frame, string accessToken, CancellationToken cancellationToken)
    {
        var pending = new PendingSend(sessionId, frame, accessToken, Activity.Current?.Id);
        if (!waiting.Writer.TryWrite(pending))
        {
            return Task.FromResult(SendOutcome.Rejected(ErrorCodes.ServiceUnavailable, "This replica is shutting down; resend with the same client_message_id."));
        }
        return pending.Outcome.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The batches belong to no single send's trace (each send carries its own), so the loops run outside any.
        Activity.Current = null;
        await Task.WhenAll(Enumerable.Range(0, options.Value.SendBatchConcurrency).Select(_ => RunAsync(stoppingToken)));
        while (waiting.Reader.TryRead(out var left))
        {
            left.Outcome.TrySetCanceled(CancellationToken.None);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        waiting.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var max = options.Value.SendBatchMax;
        var batch = new List<PendingSend>(max);
        try
        {
            while (true)
            {
                batch.Add(await waiting.Reader.ReadAsync(stoppingToken));
                while (batch.Count < max && waiting.Reader.TryRead(out var next))
                {
                    batch.Add(next);
                }
                await SendBatchAsync(batch);
                batch.Clear();
            }
        }
        catch (Exception exception) when (exception is ChannelClosedException or OperationCanceledException)
        {
            foreach (var pending in batch)
            {
                pending.Outcome.TrySetCanceled(CancellationToken.None);
            }
        }
    }

    private async Task SendBatchAsync(List<PendingSend> batch)
    {
        SendBatchMetrics.Record(batch.Count);
        using var timeout = new CancellationTokenSource(options.Value.SendTimeout);
        try
        {
            var client = services.GetRequiredService<MessagesSendClient>();
            var outcomes = await client.SendAsync(batch, timeout.Token);
            for (var index = 0; index < batch.Count; index++)
            {
                batch[index].Outcome.TrySetResult(outcomes[index]);
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
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
