using ChatPlatform.Contracts;
using ChatPlatform.Sessions.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Sessions.Consumers;

/// <summary>
/// Keeps <c>last_activity_at</c> (the session list's order) up to date from Messages' events, in batches: one
/// update per session per batch. Moving a time forward only is idempotent, so redeliveries need no inbox.
/// </summary>
public sealed class MessagePostedConsumer(SessionsContext db) : IConsumer<Batch<MessagePosted>>
{
    public async Task Consume(ConsumeContext<Batch<MessagePosted>> context)
    {
        var latestBySession = context.Message
            .GroupBy(posted => posted.Message.Message.ChatSessionId)
            .Select(group => (SessionId: group.Key, At: group.Max(posted => posted.Message.Message.Timestamp).ToUniversalTime()));
        foreach (var (sessionId, at) in latestBySession)
        {
            await db.Sessions
                .Where(s => s.Id == sessionId && s.LastActivityAt < at)
                .ExecuteUpdateAsync(update => update.SetProperty(s => s.LastActivityAt, at), context.CancellationToken);
        }
    }
}
