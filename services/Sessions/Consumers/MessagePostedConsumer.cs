using ChatPlatform.Contracts;
using ChatPlatform.Sessions.Infrastructure;
using MassTransit;

namespace ChatPlatform.Sessions.Consumers;

/// <summary>
/// Keeps <c>last_activity_at</c> (the session list's order) up to date from Messages' events and records support
/// sessions' first responses, in batches: one statement each per batch, whatever the number of sessions in it.
/// Moving a time forward, and setting a first response only once, are idempotent, so redeliveries need no inbox.
/// </summary>
public sealed class MessagePostedConsumer(SessionsDbContext db) : IConsumer<Batch<MessagePosted>>
{
    public async Task Consume(ConsumeContext<Batch<MessagePosted>> context)
    {
        var latestBySession = context.Message
            .GroupBy(posted => posted.Message.Message.ChatSessionId)
            .Select(group => (SessionId: group.Key, At: group.Max(posted => posted.Message.Message.Timestamp).ToUniversalTime()))
            .ToList();
        await db.RecordActivityAsync(
            [.. latestBySession.Select(l => l.SessionId)], [.. latestBySession.Select(l => l.At)], context.CancellationToken);

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
