using ChatPlatform.Contracts;
using ChatPlatform.Sessions.Infrastructure;

namespace ChatPlatform.Sessions.Consumers;

/// <summary>
/// What Sessions keeps of stored messages, one statement each per call whatever the number of sessions: the latest
/// activity per session (the list's order) and support sessions' first responses. Moving a time forward, and setting
/// a first response only once, are idempotent, so a repeated event changes nothing.
/// </summary>
internal static class PostedMessagesRecorder
{
    public static async Task RecordAsync(this SessionsDbContext db, IEnumerable<ChatMessage> messages, CancellationToken cancellationToken)
    {
        var posted = messages as IReadOnlyCollection<ChatMessage> ?? [.. messages];
        var latestBySession = posted
            .GroupBy(message => message.ChatSessionId)
            .Select(group => (SessionId: group.Key, At: group.Max(message => message.Timestamp).ToUniversalTime()))
            .ToList();
        await db.RecordActivityAsync(
            [.. latestBySession.Select(l => l.SessionId)], [.. latestBySession.Select(l => l.At)], cancellationToken);

        // System messages (assignment notices and the like) are not an agent's answer.
        var firstByAuthor = posted
            .Where(message => message.MessageType != "system")
            .GroupBy(message => (message.ChatSessionId, message.UserId))
            .Select(group => (group.Key.ChatSessionId, group.Key.UserId, At: group.Min(message => message.Timestamp).ToUniversalTime()))
            .ToList();
        if (firstByAuthor.Count > 0)
        {
            await db.RecordFirstResponsesAsync(
                [.. firstByAuthor.Select(f => f.ChatSessionId)], [.. firstByAuthor.Select(f => f.UserId)], [.. firstByAuthor.Select(f => f.At)],
                cancellationToken);
        }
    }
}
