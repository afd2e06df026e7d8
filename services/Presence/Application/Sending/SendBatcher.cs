using System.Diagnostics;
using ChatPlatform.Presence.Application.Frames;
using ChatPlatform.Presence.Infrastructure.Peers;
using ChatPlatform.ServiceDefaults.Batching;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Presence.Application.Sending;

/// <summary>
/// Collects the WebSocket sends of every socket on this replica into batches for Messages (<see cref="ConcurrentBatcher{TItem, TResult}"/>):
/// while fewer than <see cref="PresenceOptions.SendBatchConcurrency"/> batches are out, a send leaves at once from the
/// frame handler that made it; sends that arrive while all are out leave together with the next batch (up to
/// <see cref="PresenceOptions.SendBatchMax"/>), one request, one round of Redis calls and one statement batch for all.
/// A socket handles its frames one at a time, so its sends never overtake each other.
/// </summary>
public sealed partial class SendBatcher(IServiceProvider services, IOptions<PresenceOptions> options, ILogger<SendBatcher> logger)
    : ConcurrentBatcher<PendingSend, SendOutcome>
{
    protected override int Concurrency => options.Value.SendBatchConcurrency;

    protected override int MaxBatch => options.Value.SendBatchMax;

    /// <summary>Sends now or with the next batch, and waits for Messages' answer (an HttpRequestException when Messages could not be reached).</summary>
    public Task<SendOutcome> SendAsync(Guid sessionId, SendFrame frame, string accessToken, CancellationToken cancellationToken) =>
        SubmitAsync(new PendingSend(sessionId, frame, accessToken, Activity.Current?.Id), cancellationToken);

    /// <summary>One request for the batch.</summary>
    protected override async Task<IReadOnlyList<SendOutcome>> RunBatchAsync(IReadOnlyList<PendingSend> batch)
    {
        // The batch belongs to no single send's trace (each send carries its own traceparent to Messages).
        Activity.Current = null;
        SendBatchMetrics.Record(batch.Count);
        using var timeout = new CancellationTokenSource(options.Value.SendTimeout);
        return await services.GetRequiredService<MessagesSendClient>().SendAsync(batch, timeout.Token);
    }

    protected override Exception Failure(Exception exception, int count)
    {
        LogBatchUnanswered(logger, count, exception);
        return exception as HttpRequestException ?? new HttpRequestException("The message service did not answer in time.", exception);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} sends got no answer from the message service")]
    private static partial void LogBatchUnanswered(ILogger logger, int count, Exception exception);
}
