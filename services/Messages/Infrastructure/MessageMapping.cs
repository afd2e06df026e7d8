using ChatPlatform.Contracts;
using ChatPlatform.Messages.Model;

namespace ChatPlatform.Messages.Infrastructure;

public static class MessageMapping
{
    public static ChatMessage ToContract(this Message message) =>
        new(message.Id, message.ChatSessionId, message.UserId, message.MessageType,
            message.Deleted ? string.Empty : message.Content, message.ClientMessageId, message.Seq,
            message.CreatedAt, message.EditedAt, message.Deleted, message.ReplyToId,
            message.Deleted ? [] : message.Mentions, message.Deleted ? [] : message.AttachmentIds, message.Metadata,
            message.Deleted ? [] : AttachmentMapping.FromJson(message.Attachments));

    /// <summary>Postgres keeps microseconds: a time cut to that precision reads back exactly as it was written.</summary>
    public static DateTimeOffset ToStoredPrecision(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % 10, TimeSpan.Zero);
    }
}
