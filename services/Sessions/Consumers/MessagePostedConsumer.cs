using ChatPlatform.Contracts;
using ChatPlatform.Sessions.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Sessions.Consumers;

/// <summary>
/// Keeps <c>last_activity_at</c> (the session list's order) up to date from Messages' events, in batches: one
/// update per session per batch, and records support sessions' first responses (one statement per batch). Moving a
/// time forward, and setting a first response only once, are idempotent, so redeliveries need no inbox.
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

        // System messages (assignment notices and the like) are not an agent's answer.
        var firstByAuthor = context.Message
            .Select(posted => posted.Message.Message)
            .Where(message => message.MessageType != "system")
            .GroupBy(message => (message.ChatSessionId, message.UserId))
            .Select(group => (group.Key.ChatSessionId, group.Key.UserId, At: group.Min(message => message.Timestamp).ToUniversalTime()))
            .ToList();
        if (firstByAuthor.Count > 0)
        {
            await db.RecordFirstResponsesAsync(
                [.. firstByAuthor.Select(f => f.ChatSessionId)], [.. firstByAuthor.Select(f => f.UserId)], [.. firstByAuthor.Select(f => f.At)],
                context.CancellationToken);
        }
    }
}
