using ChatPlatform.Messages.RateLimiting;
using ChatPlatform.Messages.Rules;

namespace ChatPlatform.Messages.Application;

/// <summary>
/// The one place a send is decided, for the REST endpoint and the SendMessage bus command alike: the per-user rate
/// limit, then the rules and the store (<see cref="MessageSender"/>).
/// </summary>
public sealed class SendMessageHandler(SendRateGate rateGate, MessageSender sender)
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
}
