using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatPlatform.Messages.Application.Sending;

/// <summary>
/// The send rate limit in front of the send use case, for REST and bus sends alike (one bucket per user, key
/// <c>ratelimit:send:{userId}</c>). A resend of a client_message_id that is already stored takes no token: over the
/// limit it is let through when the store has it, and under the limit its token is given back once the send finds
/// it stored (<see cref="RefundAsync"/>), so the common send costs one Redis call and no extra query. If Redis cannot
/// be reached the send goes ahead: the limit protects the service, it must not stop the chat.
/// </summary>
public sealed partial class SendRateGate(
    MessagesDbContext db,
    RedisTokenBucket bucket,
    IOptions<SendRateLimitOptions> options,
    ILogger<SendRateGate> logger)
{
    public static string KeyFor(Guid userId) => $"ratelimit:send:{userId}";

    public async Task<RateLimitDecision> TakeAsync(Guid sessionId, Guid userId, string? clientMessageId, CancellationToken cancellationToken)
    {
        var decision = await TakeTokenAsync(userId);
        return await LetResendThroughAsync(decision, sessionId, userId, clientMessageId, cancellationToken);
    }

    /// <summary>
    /// The decisions for a batch of sends: the Redis calls go out together (one write, answers pipelined); the
    /// resend check of a send over the limit runs one at a time on the context.
    /// </summary>
    public async Task<RateLimitDecision[]> TakeManyAsync(IReadOnlyList<(Guid SessionId, Guid UserId, string? ClientMessageId)> sends, CancellationToken cancellationToken)
    {
        var decisions = await Task.WhenAll(sends.Select(send => TakeTokenAsync(send.UserId)));
        for (var index = 0; index < sends.Count; index++)
        {
            var (sessionId, userId, clientMessageId) = sends[index];
            decisions[index] = await LetResendThroughAsync(decisions[index], sessionId, userId, clientMessageId, cancellationToken);
        }
        return decisions;
    }

    private async Task<RateLimitDecision> TakeTokenAsync(Guid userId)
    {
        var limit = options.Value;
        try
        {
            return await bucket.TryTakeAsync(KeyFor(userId), limit.PerSecond, limit.Burst);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogBucketUnavailable(logger, userId, exception);
            return RateLimitDecision.AllowFree;
        }
    }

    private async Task<RateLimitDecision> LetResendThroughAsync(
        RateLimitDecision decision, Guid sessionId, Guid userId, string? clientMessageId, CancellationToken cancellationToken)
    {
        if (!decision.Allowed && clientMessageId is not null && await db.Messages.AsNoTracking()
                .AnyAsync(m => m.ChatSessionId == sessionId && m.UserId == userId && m.ClientMessageId == clientMessageId, cancellationToken))
        {
            return RateLimitDecision.AllowFree;
        }
        return decision;
    }

    public async Task RefundAsync(Guid userId)
    {
        try
        {
            await bucket.RefundAsync(KeyFor(userId), options.Value.Burst);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogBucketUnavailable(logger, userId, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Send rate limit of user {UserId} not checked: Redis is unavailable")]
    private static partial void LogBucketUnavailable(ILogger logger, Guid userId, Exception exception);
}
