using ChatPlatform.Contracts;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Model;
using ChatPlatform.Messages.Rules;

namespace ChatPlatform.Messages.Application;

/// <summary>Leaves a system message in a session's history (with a seq, published as MessagePosted).</summary>
public sealed class SystemMessagePoster(MessageWriter writer)
{
    /// <param name="actorId">Who caused it (the message's user_id).</param>
    /// <param name="subjectId">Who joined, left or closed (metadata.user_id).</param>
    public Task PostAsync(Guid sessionId, string systemEvent, Guid actorId, Guid subjectId, DateTimeOffset occurredAt, CancellationToken cancellationToken) =>
        PostAsync(sessionId, actorId, SystemMessageText.ContentFor(systemEvent), SystemMessageText.MetadataFor(systemEvent, subjectId), occurredAt, cancellationToken);

    /// <summary>A system message with the given content and metadata; returns it with its seq.</summary>
    public async Task<ChatMessage> PostAsync(Guid sessionId, Guid actorId, string content, string metadataJson, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var message = new ChatMessage(
            Guid.CreateVersion7(), sessionId, actorId, MessageTypes.System, content,
            ClientMessageId: null, Seq: 0, MessageMapping.ToStoredPrecision(occurredAt), EditedAt: null, Deleted: false,
            ReplyToId: null, Mentions: [], AttachmentIds: [], metadataJson);
        return message with { Seq = await writer.StoreSystemAsync(message, cancellationToken) };
    }
}
