using System.Diagnostics;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Rules;

namespace ChatPlatform.Messages.Application.Sending;

/// <summary>
/// The one place a send is decided, for the REST endpoint, Presence's send batches and the SendMessage bus command
/// alike: the per-user rate limit, then the rules and the store (<see cref="MessageSender"/>, <see cref="MessageWriter"/>).
/// </summary>
public sealed class SendMessageHandler(SendRateGate rateGate, MessageSender sender, MessageWriter writer)
{
    /// <param name="bearerToken">The caller's token for the cold path; null for bus sends.</param>
    public async Task<SendResult> HandleAsync(Guid sessionId, Guid userId, MessageDraft draft, string? bearerToken, CancellationToken cancellationToken)
    {
        var limit = await rateGate.TakeAsync(sessionId, userId, draft.ClientMessageId, cancellationToken);
        if (!limit.Allowed)
        {
            return SendResult.RateLimited(limit);
        }
        var result = await sender.SendAsync(sessionId, userId, draft, bearerToken, cancellationToken);
        if (result.Resend && limit.TookToken)
        {
            await rateGate.RefundAsync(userId);
        }
        return result;
    }

    /// <summary>
    /// Several sends (of any users and sessions) decided as each would be alone, at the cost of one: their rate-limit
    /// calls go to Redis together and the sends that pass the rules are stored by one statement batch in one
    /// transaction. The results are in the order of <paramref name="sends"/>.
    /// </summary>
    public async Task<SendResult[]> HandleManyAsync(IReadOnlyList<SendRequest> sends, CancellationToken cancellationToken)
    {
        var results = new SendResult?[sends.Count];
        var limits = await rateGate.TakeManyAsync(
            sends.Select(send => (send.SessionId, send.UserId, send.Draft.ClientMessageId)).ToList(), cancellationToken);

        // Each send's own work (and any call it makes) runs in its own trace.
        var caller = Activity.Current;
        var queued = new List<QueuedSend>(sends.Count);
        var queuedIndexes = new List<int>(sends.Count);
        for (var index = 0; index < sends.Count; index++)
        {
            var send = sends[index];
            if (!limits[index].Allowed)
            {
                results[index] = SendResult.RateLimited(limits[index]);
                continue;
            }
            Activity.Current = send.Trace ?? caller;
            var prepared = await sender.PrepareAsync(send.SessionId, send.UserId, send.Draft, send.BearerToken, cancellationToken);
            if (prepared.Message is { } message)
            {
                queued.Add(new QueuedSend(message, send.Trace));
                queuedIndexes.Add(index);
            }
            else
            {
                results[index] = prepared.Refusal;
            }
        }

        if (queued.Count > 0)
        {
            var inserted = await writer.SendManyAsync(queued, cancellationToken);
            for (var position = 0; position < queued.Count; position++)
            {
                var index = queuedIndexes[position];
                Activity.Current = queued[position].Trace ?? caller;
                results[index] = await sender.CompleteAsync(queued[position].Message, inserted[position], sends[index].BearerToken, cancellationToken);
            }
        }

        Activity.Current = caller;
        for (var index = 0; index < sends.Count; index++)
        {
            if (results[index]!.Resend && limits[index].TookToken)
            {
                await rateGate.RefundAsync(sends[index].UserId);
            }
        }
        return results!;
    }
}
